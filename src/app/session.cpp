// Session: start-up restore, autosave, and the actions views request (ActionRequest).
#include "app/session.h"

#include <cctype>

#include "app/actions.h"
#include "app/i18n.h"
#include "app/persist.h"

namespace mm::app {

namespace {

const char* T(const AppState& s, const char* key) { return Tr(s.lang, key); }

std::string FileStem(const AppState& s) {
    std::string stem = "modelmatrix-decision";
    if (!s.profile.name.empty()) {
        std::string slug;
        for (unsigned char c : s.profile.name) {
            if (std::isalnum(c)) slug.push_back(static_cast<char>(std::tolower(c)));
            else if (!slug.empty() && slug.back() != '-') slug.push_back('-');
        }
        while (!slug.empty() && slug.back() == '-') slug.pop_back();
        if (!slug.empty()) stem += "-" + slug;
    }
    return stem;
}

}  // namespace

void RestoreSession(Session& session) {
    AppState& s = session.state;
    std::string error;
    auto text = session.store.Load(&error);
    if (!text) {
        if (!error.empty()) {
            session.storage_ok = false;
            Notify(s, Notification::Level::kWarning,
                   std::string(T(s, "session.saving_is_unavailable")) + error +
                       T(s, "session.your_work_is_kept_for_this_session_onl"));
        }
        return;
    }
    RestoreOutcome out = RestoreState(s, *text);
    if (out.ok) {
        session.last_saved = *text;
        if (out.migrated)
            Notify(s, Notification::Level::kInfo,
                   T(s, "session.your_saved_work_was_updated_to_the_new"));
        return;
    }
    const std::string where = session.store.Backup(*text);
    Notify(s, Notification::Level::kError,
           std::string(T(s, "session.your_saved_state_could_not_be_read")) +
               (out.errors.empty() ? std::string("?") : out.errors.front()) + T(s, "session.it_was_kept_aside_in") +
               where + T(s, "session.defaults_are_used"));
}

bool SaveNow(Session& session) {
    AppState& s = session.state;
    const std::string text = SerializeState(s);
    if (text == session.last_saved) return true;
    std::string error;
    if (session.store.Save(text, &error)) {
        session.last_saved = text;
        if (!session.storage_ok) {
            session.storage_ok = true;
            Notify(s, Notification::Level::kSuccess, T(s, "session.saving_works_again"));
        }
        return true;
    }
    if (session.storage_ok) {  // report once, not at every autosave
        session.storage_ok = false;
        Notify(s, Notification::Level::kWarning,
               std::string(T(s, "session.could_not_save")) + error +
                   T(s, "session.your_work_is_kept_in_memory_for_this_s"));
    }
    session.last_saved = text;  // do not retry the same text every frame
    return false;
}

void ResetEverything(Session& session) {
    AppState& s = session.state;
    std::string error;
    session.store.Clear(&error);
    s.overlay.reset();
    s.catalog = s.base_catalog;
    CatalogChanged(s);
    s.user_presets.clear();
    s.compare.clear();
    s.selected_model.clear();
    Init(s);
    session.last_saved.clear();
    SaveNow(session);
    Notify(s, Notification::Level::kInfo, T(s, "session.everything_was_reset_to_the_defaults"));
}

void AfterFrame(Session& session, double delta_seconds, double interval) {
    AppState& s = session.state;
    for (ActionRequest a : TakeActionRequests(s)) {
        switch (a) {
            case ActionRequest::kShareLink: {
                const std::string link = session.platform.PermalinkFor(ShareFragment(s));
                session.platform.CopyText(link);
                Notify(s, Notification::Level::kSuccess,
                       std::string(T(s, "session.link_copied_it_carries_your_whole_deci")));
                break;
            }
            case ActionRequest::kExportMarkdown:
            case ActionRequest::kExportCsv:
            case ActionRequest::kExportJson: {
                CompleteRobustness(s);  // the document carries the whole analysis
                const char* ext = a == ActionRequest::kExportMarkdown ? ".md" : a == ActionRequest::kExportCsv ? ".csv" : ".json";
                const char* mime = a == ActionRequest::kExportMarkdown ? "text/markdown" : a == ActionRequest::kExportCsv ? "text/csv" : "application/json";
                const std::string msg = session.platform.SaveFile(FileStem(s) + ext, mime, ExportDocument(s, a));
                Notify(s, Notification::Level::kSuccess, msg);
                break;
            }
            case ActionRequest::kImportProfile: session.platform.OpenFile(FileKind::kProfile); break;
            case ActionRequest::kImportOverlay: session.platform.OpenFile(FileKind::kOverlay); break;
            case ActionRequest::kSaveState: SaveNow(session); break;
            case ActionRequest::kResetEverything: ResetEverything(session); break;
            case ActionRequest::kOpenFullApp: session.platform.OpenFullApp(); break;
        }
    }
    session.since_check += delta_seconds;
    if (session.since_check >= interval) {
        session.since_check = 0;
        SaveNow(session);
    }
}

}  // namespace mm::app
