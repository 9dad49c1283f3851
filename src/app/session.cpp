// Session: start-up restore, autosave, and the actions views request (ActionRequest).
#include "app/session.h"

#include <cctype>

#include "app/actions.h"
#include "app/persist.h"

namespace mm::app {

namespace {

const char* T(const AppState& s, const char* en, const char* fr) { return s.lang == "fr" ? fr : en; }

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
                   std::string(T(s, "Saving is unavailable (", "Sauvegarde indisponible (")) + error +
                       T(s, "): your work is kept for this session only.", ") : votre travail n’est gardé que pour cette session."));
        }
        return;
    }
    RestoreOutcome out = RestoreState(s, *text);
    if (out.ok) {
        session.last_saved = *text;
        if (out.migrated)
            Notify(s, Notification::Level::kInfo,
                   T(s, "Your saved work was updated to the new format.", "Votre travail enregistré a été mis au nouveau format."));
        return;
    }
    const std::string where = session.store.Backup(*text);
    Notify(s, Notification::Level::kError,
           std::string(T(s, "Your saved state could not be read (", "Votre état enregistré est illisible (")) +
               (out.errors.empty() ? std::string("?") : out.errors.front()) + T(s, "). It was kept aside in ", "). Il a été mis de côté dans ") +
               where + T(s, "; defaults are used.", " ; les valeurs par défaut sont utilisées."));
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
            Notify(s, Notification::Level::kSuccess, T(s, "Saving works again.", "La sauvegarde fonctionne de nouveau."));
        }
        return true;
    }
    if (session.storage_ok) {  // report once, not at every autosave
        session.storage_ok = false;
        Notify(s, Notification::Level::kWarning,
               std::string(T(s, "Could not save (", "Impossible d’enregistrer (")) + error +
                   T(s, "): your work is kept in memory for this session; export it to keep it.",
                     ") : votre travail reste en mémoire pour cette session ; exportez-le pour le garder."));
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
    Notify(s, Notification::Level::kInfo, T(s, "Everything was reset to the defaults.", "Tout a été remis aux valeurs par défaut."));
}

void AfterFrame(Session& session, double delta_seconds, double interval) {
    AppState& s = session.state;
    for (ActionRequest a : TakeActionRequests(s)) {
        switch (a) {
            case ActionRequest::kShareLink: {
                const std::string link = session.platform.PermalinkFor(ShareFragment(s));
                session.platform.CopyText(link);
                Notify(s, Notification::Level::kSuccess,
                       std::string(T(s, "Link copied: it carries your whole decision (nothing is sent anywhere). ",
                                     "Lien copié : il contient toute votre décision (rien n’est envoyé). ")));
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
        }
    }
    session.since_check += delta_seconds;
    if (session.since_check >= interval) {
        session.since_check = 0;
        SaveNow(session);
    }
}

}  // namespace mm::app
