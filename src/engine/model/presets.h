// The course's preset decisions (the same as examples/profiles/*.json): a French support chatbot kept
// in-house, a code assistant, RAG over confidential documents, batch classification, on-device, a quick
// prototype. The UI offers them as starting points.
#pragma once
#include <string>
#include <vector>

#include "engine/model/catalog.h"
#include "engine/model/profile.h"

namespace mm {

struct Preset {
    std::string id;  // file name without .json: "fr-support-chatbot"
    LocalizedText name;
    LocalizedText description;
    Profile profile;
};

// Parsed once from the embedded JSON (a preset that fails to parse is a build defect caught by the tests).
const std::vector<Preset>& BuiltinPresets();
const Preset* FindPreset(const std::string& id);

// The JSON text of each preset, as in examples/profiles/<id>.json (tests compare the two).
std::string PresetJson(const std::string& id);

}  // namespace mm
