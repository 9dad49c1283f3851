// The string table and the per-language formatting.
#include <gtest/gtest.h>

#include <regex>
#include <set>

#include "app/i18n.h"

namespace mm {
namespace {

TEST(I18n, EveryKeyHasBothLanguagesAndKeysAreUnique) {
    std::set<std::string> keys;
    for (const app::I18nEntry& e : app::AllStrings()) {
        EXPECT_TRUE(keys.insert(e.key).second) << "duplicate key " << e.key;
        EXPECT_FALSE(e.en.empty()) << e.key;
        EXPECT_FALSE(e.fr.empty()) << e.key;
    }
    EXPECT_EQ(app::AllKeys().size(), app::AllStrings().size());
}

TEST(I18n, PlaceholdersMatchBetweenLanguages) {
    for (const app::I18nEntry& e : app::AllStrings()) {
        auto placeholders = [](const std::string& s) {
            std::string out;
            for (std::size_t i = 0; i + 1 < s.size(); ++i)
                if (s[i] == '%') out += s[++i];
            return out;
        };
        EXPECT_EQ(placeholders(e.en), placeholders(e.fr)) << e.key;
    }
}

TEST(I18n, FrenchHasAccentsAndTypographicSpaces) {
    EXPECT_STREQ(app::Tr("fr", "view.criteria"), "2. Critères");
    // "Source :" with a narrow no-break space before the colon.
    EXPECT_EQ(std::string(app::Tr("fr", "figure.source")), "Source\xE2\x80\xAF:");
    EXPECT_NE(std::string(app::Tr("fr", "presets.delete_confirm")).find("\xC2\xAB\xE2\x80\xAF"), std::string::npos);
    EXPECT_STREQ(app::Tr("en", "view.criteria"), "2. Criteria");
}

// One French term per notion. Each rule names a forbidden French variant and the term to use instead; the
// test fails on any French string of the table that uses the variant.
TEST(I18n, FrenchUsesOneTermPerNotion) {
    struct Rule {
        const char* forbidden;  // ECMAScript regex, matched case-insensitively on the French text
        const char* use;
    };
    const Rule rules[] = {
        // Tokens are « jetons », in every French string.
        {"\\btokens?\\b", "jeton(s)"},
        // Release date: « date de sortie »; a bare « Sortie » (the whole label) could mean output.
        {"^sortie$", "date de sortie (release) or sortie (jetons) / en sortie (output)"},
        {"date de (publication|parution|lancement)", "date de sortie"},
        {"^sortie (?!structur)", "date de sortie, or a qualified output (« sortie structurée », « en sortie »)"},
        // Open weights: « poids publiés ».
        {"poids (ouverts|libres)|open[- ]weights?", "poids publiés"},
        // Benchmarks keep their name in French, never « banc d'essai ».
        {"banc d.essai", "benchmark"},
    };
    for (const Rule& rule : rules) {
        const std::regex re(rule.forbidden, std::regex::ECMAScript | std::regex::icase);
        for (const app::I18nEntry& e : app::AllStrings())
            EXPECT_FALSE(std::regex_search(e.fr, re)) << e.key << ": « " << e.fr << " » uses /" << rule.forbidden
                                                      << "/; write " << rule.use;
    }
    // A release date in English is « date de sortie » in French.
    const std::regex release("released|release date", std::regex::icase), date_de_sortie("date de sortie", std::regex::icase);
    for (const app::I18nEntry& e : app::AllStrings()) {
        if (std::regex_search(e.en, release)) {
            EXPECT_TRUE(std::regex_search(e.fr, date_de_sortie)) << e.key << ": « " << e.fr << " » should say « date de sortie »";
        }
    }
    // The rules are not vacuous: the terms they ask for are used.
    EXPECT_STREQ(app::Tr("fr", "col.release"), "Date de sortie");
    EXPECT_STREQ(app::Tr("fr", "unit.tokens"), "jetons");
}

TEST(I18n, UnknownKeysAreReturnedAndRecorded) {
    EXPECT_STREQ(app::Tr("en", "no.such.key"), "no.such.key");
    const auto missing = app::MissingKeys();
    EXPECT_NE(std::find(missing.begin(), missing.end(), "no.such.key"), missing.end());
    EXPECT_EQ(app::TrIfKnown("fr", "no.such.other"), nullptr);
}

TEST(I18n, NumbersAndMoneyFollowTheLanguage) {
    EXPECT_EQ(app::FormatNumber(1234.56, "en", 2), "1,234.56");
    EXPECT_EQ(app::FormatNumber(1234.56, "fr", 2), "1\xE2\x80\xAF" "234,56");
    EXPECT_EQ(app::FormatNumber(-1234567, "en", 0), "-1,234,567");
    EXPECT_EQ(app::FormatNumber(-0.0001, "en", 2), "0.00");
    EXPECT_EQ(app::FormatUsd(12.5, "en"), "$12.50");
    EXPECT_EQ(app::FormatUsd(12.5, "fr"), "12,50\xC2\xA0$US");
    EXPECT_EQ(app::FormatUsd(1234.56, "en"), "$1,235");
    EXPECT_EQ(app::FormatUsd(1234.56, "fr"), "1\xE2\x80\xAF" "235\xC2\xA0$US");
    EXPECT_EQ(app::FormatPercent(0.351, "en"), "35%");
    EXPECT_EQ(app::FormatPercent(0.351, "fr"), "35\xE2\x80\xAF%");
    EXPECT_EQ(app::FormatTokens(128000, "en"), "128k");
    EXPECT_EQ(app::FormatTokens(1048576, "fr"), "1,05\xE2\x80\xAFM");
    EXPECT_EQ(app::FormatAuto(0.5, "en"), "0.5");
    EXPECT_EQ(app::FormatAuto(0.0375, "fr"), "0,0375");
    EXPECT_EQ(app::UnitLabel("GB", "fr"), "Go");
    EXPECT_EQ(app::FormatWithUnit(24, "GB", "fr"), "24\xC2\xA0Go");
    EXPECT_EQ(app::FormatWithUnit(300, "USD/month", "en"), "$300/month");
}

}  // namespace
}  // namespace mm
