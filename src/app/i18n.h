// The UI's string table (every string in English and French, looked up by key) and number / money formatting
// per language. French typography: narrow no-break spaces before : ; ! ? and inside « », and as the thousands
// separator ("1 234,56 $US"); English: "$1,234.56".
#pragma once
#include <string>
#include <vector>

namespace mm::app {

struct I18nEntry {
    std::string key, en, fr;
};

// The translation of `key` in `lang` ("en" | "fr"). An unknown key returns the key itself and is recorded
// (MissingKeys) so a test can catch it. Pointers stay valid for the life of the program.
const char* Tr(const std::string& lang, const char* key);

// As Tr(), but nullptr (not recorded as missing) when the table has no such key.
const char* TrIfKnown(const std::string& lang, const std::string& key);

// Every entry, in table order (French with its typographic spaces applied).
const std::vector<I18nEntry>& AllStrings();
std::vector<std::string> AllKeys();
// Keys asked for with Tr() that the table does not have (should stay empty).
std::vector<std::string> MissingKeys();

// printf into a std::string (for the table's "%s" placeholders; numbers are formatted before, per language).
std::string Format(const char* fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;

// 1234.5 -> "1,234.5" (en) / "1 234,5" (fr) with `decimals` digits after the point.
std::string FormatNumber(double v, const std::string& lang, int decimals);
// Decimals chosen from the magnitude: 3 significant digits for small numbers, none from 100 up.
std::string FormatAuto(double v, const std::string& lang);
// "$12.34" / "12,34 $US"; from 100 up without cents ("$1,235" / "1 235 $US"); below 0.01 with 3 significant digits.
std::string FormatUsd(double v, const std::string& lang);
// 0.351 -> "35%" / "35 %" (share in 0..1).
std::string FormatPercent(double share, const std::string& lang, int decimals = 0);
// 128000 -> "128k" / "128 k"; 1000000 -> "1M" / "1 M".
std::string FormatTokens(double v, const std::string& lang);
// A unit as the catalog spells it ("USD/month", "GB", "tokens/s") in the language ("USD/mois", "Go", ...).
std::string UnitLabel(const std::string& unit, const std::string& lang);
// A value with its unit: money as FormatUsd, "%" glued, other units after a space.
std::string FormatWithUnit(double v, const std::string& unit, const std::string& lang);

// Money as the UI shows it. The engine, the catalog and the profile keep US dollars; a display in euros divides
// by `usd_per_eur` (1 EUR = that many USD) and a typed amount is multiplied back before it reaches the profile.
// The default rate: the ECB euro reference rate, 1 EUR = 1.1739 USD, the latest published figure found before
// the catalog's as_of date (2026-08-01), as reported on 2026-01-22 (docs/PROFILE_FORMAT.md, "Money").
inline constexpr double kDefaultUsdPerEur = 1.1739;
inline constexpr const char* kDefaultUsdPerEurDate = "2026-01-22";
struct MoneyDisplay {
    bool eur = false;
    double usd_per_eur = kDefaultUsdPerEur;
};
double ShownMoney(double usd, const MoneyDisplay& m);         // USD -> the shown currency
double UsdFromShown(double amount, const MoneyDisplay& m);    // a typed amount -> USD
// "$12.34" / "12,34 $US" in dollars; "€12.34" / "12,34 €" in euros (same rounding as FormatUsd).
std::string FormatMoney(double usd, const std::string& lang, const MoneyDisplay& m);
// As UnitLabel / FormatWithUnit, with "USD…" units in the shown currency ("EUR/mois").
std::string UnitLabel(const std::string& unit, const std::string& lang, const MoneyDisplay& m);
std::string FormatWithUnit(double v, const std::string& unit, const std::string& lang, const MoneyDisplay& m);
// A fixed label naming the dollar ("$/M", "($)", "USD") with the shown currency's sign instead.
std::string MoneyText(std::string text, const MoneyDisplay& m);

}  // namespace mm::app
