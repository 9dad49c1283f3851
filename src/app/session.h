// The session around AppState that both drivers share: restoring the saved state at start-up, autosaving
// after changes, and carrying out the actions the views request (share, export, import, reset).
#pragma once
#include <optional>
#include <string>

#include "app/app_state.h"
#include "app/platform_services.h"

namespace mm::app {

// Where the saved state lives (web: localStorage; desktop: a file under the XDG config directory).
class StateStore {
public:
    virtual ~StateStore() = default;
    // nullopt with an empty error: nothing saved yet; nullopt with an error: storage unavailable.
    virtual std::optional<std::string> Load(std::string* error) = 0;
    // On failure the previously saved state must still be there.
    virtual bool Save(const std::string& text, std::string* error) = 0;
    // Keeps unreadable data aside; returns where, for the message ("localStorage key …", a file path).
    virtual std::string Backup(const std::string& text) = 0;
    virtual bool Clear(std::string* error) = 0;
};

struct Session {
    Session(AppState& s, PlatformServices& p, StateStore& st) : state(s), platform(p), store(st) {}
    AppState& state;
    PlatformServices& platform;
    StateStore& store;
    std::string last_saved;      // the last text written (or read) — autosave writes only on change
    double since_check = 0;      // seconds since the last autosave check
    bool storage_ok = true;      // false after a failed save: the session keeps working in memory
};

// Start-up: reads the store and restores it; corrupted or foreign data is backed up and reported, and the
// defaults are kept. Never throws.
void RestoreSession(Session& session);
// After each frame: carries out the queued actions, then autosaves (at most every `interval` seconds).
void AfterFrame(Session& session, double delta_seconds, double interval = 0.5);
// Saves now; false (with a notification) when the store refuses.
bool SaveNow(Session& session);
// Back to the defaults: the saved state is cleared, the overlay and user presets dropped.
void ResetEverything(Session& session);

}  // namespace mm::app
