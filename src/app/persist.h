// The saved state (profile, user presets, private overlay, UI preferences) as one versioned JSON document,
// shared by the web (localStorage) and desktop (XDG config file) builds. Older versions are migrated;
// anything unreadable is reported and left for the platform to keep aside as a backup.
#pragma once
#include <string>
#include <vector>

#include "app/app_state.h"

namespace mm::app {

inline constexpr int kStateVersion = 2;

std::string SerializeState(const AppState& state);

struct RestoreOutcome {
    bool ok = false;
    bool migrated = false;            // the document was an older version
    int version = 0;                  // version found in the document (0 when unreadable)
    std::vector<std::string> errors;  // when !ok: why (JSON paths); the state is unchanged
};

// All or nothing: on any problem the state is left exactly as it was.
RestoreOutcome RestoreState(AppState& state, const std::string& text);

}  // namespace mm::app
