// Import, export, share and persistence entry points the platform drivers call. Declared here so the views and
// the drivers agree on them; implemented in persist.cpp/import.cpp by the platform work (issue 6).
// The views never call these directly: they post an ActionRequest (app_state.h) that the driver drains with
// TakeActionRequests() after the frame, so mm_ui links without the platform code (headless tests, benchmarks).
#pragma once
#include <string>
#include <vector>

#include "app/app_state.h"

namespace mm::app {

struct ImportOutcome {
    bool ok = false;
    std::vector<std::string> errors;  // "line 3, column 2: …" / "models[1].pricing…: …"; state unchanged when !ok
    std::string summary;              // for the notification, e.g. "Imported 3 models"
};

// A file the user picked or dropped (profile JSON, catalog overlay JSON or CSV). Validates everything first;
// on success replaces the profile through SetProfile() (undoable) or merges the overlay, and notifies.
ImportOutcome ImportFile(AppState& state, const std::string& name, const std::string& content);

// Replaces the private overlay (own models, prices, evals) after checking it against the base catalog and the
// current profile; false + errors leaves the state unchanged.
bool ApplyOverlayToState(AppState& state, const Overlay& overlay, std::vector<std::string>* errors);
// A new base catalog (the same catalog with more detail, e.g. the web page's deferred notes): the private overlay is
// applied to it again. False, and nothing changes, when the overlay no longer applies.
bool ReplaceBaseCatalog(AppState& state, Catalog base);

// The decision as a document: kExportMarkdown (report), kExportCsv (ranking), kExportJson (profile + result).
std::string ExportDocument(const AppState& state, ActionRequest format);

// The URL fragment (without '#') carrying the whole profile; and back (false + errors: state unchanged).
std::string ShareFragment(const AppState& state);
bool OpenShareFragment(AppState& state, const std::string& fragment, std::vector<std::string>* errors);

}  // namespace mm::app
