// The decision as structured text, for readers who cannot use the canvas: the headline sentences (the same
// wording as the decision view), the ranking as a table, the eliminated models with their reasons, and the
// profile's constraints and weights. The web page renders it in the DOM; the desktop shows it in a window.
#pragma once
#include <string>
#include <vector>

#include "app/app_state.h"

namespace mm::app {

struct TextTable {
    std::string caption;
    std::vector<std::string> columns;
    std::vector<std::vector<std::string>> rows;
    int row_header = -1;  // the column that names each row (a row header for screen readers), -1: none
};

struct TextSection {
    std::string id;       // stable name for pages and tests: "decision", "ranking", "eliminated", ...
    std::string heading;  // translated
    std::vector<std::string> sentences;
    std::vector<TextTable> tables;
    std::vector<std::string> items;  // a bulleted list
};

struct TextView {
    std::string lang, title;
    std::string view;        // the open view: panorama | criteria | workload | decision
    std::string view_label;  // its tab label
    std::string show_label, hide_label;  // the page's toggle button
    std::vector<TextSection> sections;
};

// Rows beyond `max_rows` (ranking) and `max_eliminated` are counted in a sentence, not listed.
TextView BuildTextView(const AppState& s, std::size_t max_rows = 50, std::size_t max_eliminated = 200);
// {lang, title, view, view_label, show_label, hide_label, sections: [{id, heading, sentences, tables: [{caption, columns, rows, row_header}], items}]}
std::string TextViewJson(const TextView& t);

// The decision view's sentences under its winner line, in screen order, with the tone the view colours them in:
// single survivor, ties and filled-in values, why #1 beats #2, the cost lesson, the cheapest model, robustness,
// constant criteria. Empty when nothing is ranked.
enum class Tone { kPlain, kGood, kWarn, kMuted };
struct DecisionLine {
    Tone tone = Tone::kPlain;
    std::string text;
};
std::vector<DecisionLine> DecisionLines(const AppState& s);
// [tokens-per-language] Workload in words: the winner's French/English token ratio (or that it is unknown) and
// the count of models left without tokens; empty for a workload in tokens. Part of DecisionLines and the report.
std::vector<std::string> WordsWorkloadLines(const AppState& s);

// The decision view's headline in sentences: the winner, how sure it is, why it beats #2, the cost lesson, the
// cheapest model, robustness, constant criteria. Empty result: why nothing is ranked.
std::vector<std::string> DecisionSentences(const AppState& s);

// The profile's hard constraints, one line each, as the report words them ("none" when there are none).
std::vector<std::string> ConstraintLines(const AppState& s);

// The keyboard shortcuts as (keys, what they do) pairs, translated.
std::vector<std::pair<std::string, std::string>> KeyboardShortcuts(const std::string& lang);

}  // namespace mm::app
