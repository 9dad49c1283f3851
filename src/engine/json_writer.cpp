// JsonWriter: JSON text written as it is produced, byte-identical to nlohmann's dump() of the same document.
#include "engine/json_writer.h"

#include <charconv>
#include <cmath>
#include <ostream>

namespace mm {

namespace {

constexpr std::size_t kFlushBytes = 1u << 16;

// Length of the well-formed UTF-8 sequence starting at s[i] (Unicode table 3-7), 0 when ill-formed.
std::size_t Utf8Length(std::string_view s, std::size_t i) {
    const auto at = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char b = at(i);
    const std::size_t left = s.size() - i;
    auto cont = [&](std::size_t k, unsigned char lo = 0x80, unsigned char hi = 0xBF) {
        return k < left && at(i + k) >= lo && at(i + k) <= hi;
    };
    if (b >= 0xC2 && b <= 0xDF) return cont(1) ? 2 : 0;
    if (b == 0xE0) return cont(1, 0xA0) && cont(2) ? 3 : 0;
    if ((b >= 0xE1 && b <= 0xEC) || b == 0xEE || b == 0xEF) return cont(1) && cont(2) ? 3 : 0;
    if (b == 0xED) return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;
    if (b == 0xF0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
    if (b >= 0xF1 && b <= 0xF3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
    if (b == 0xF4) return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;
    return 0;
}

// True when nlohmann would copy `s` unchanged between the quotes: well-formed UTF-8 without a control
// character, a quotation mark or a backslash (the usual case: ids, names, reasons).
bool Verbatim(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        const unsigned char b = static_cast<unsigned char>(s[i]);
        if (b < 0x80) {
            if (b < 0x20 || b == '"' || b == '\\') return false;
            ++i;
            continue;
        }
        const std::size_t len = Utf8Length(s, i);
        if (len == 0) return false;
        i += len;
    }
    return true;
}

}  // namespace

void AppendJsonNumber(std::string& out, double v) {
    if (!std::isfinite(v)) {
        out += "null";
        return;
    }
    // The routine nlohmann's serializer runs for every double (Grisu2, shortest round-trip text, printf-%g
    // layout): calling it directly keeps the bytes identical on every build without a Json value per number.
    char buf[64];
    const char* end = nlohmann::detail::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, static_cast<std::size_t>(end - buf));
}

JsonWriter::JsonWriter(int indent, std::ostream* out) : indent_(indent), out_(out) {
    if (out_) buf_.reserve(kFlushBytes + 4096);
}

void JsonWriter::NewLine(std::size_t depth) {
    buf_ += '\n';
    buf_.append(depth * static_cast<std::size_t>(indent_), ' ');
}

void JsonWriter::MaybeFlush() {
    if (out_ && buf_.size() >= kFlushBytes) {
        out_->write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
        buf_.clear();
    }
}

void JsonWriter::BeforeValue() {
    MaybeFlush();
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (stack_.empty()) return;
    Level& level = stack_.back();  // an array element
    if (!level.empty) buf_ += ',';
    level.empty = false;
    if (indent_ >= 0) NewLine(stack_.size());
}

JsonWriter& JsonWriter::Key(std::string_view key) {
    Level& level = stack_.back();
    if (!level.empty) buf_ += ',';
    level.empty = false;
    if (indent_ >= 0) NewLine(stack_.size());
    Quoted(key);
    buf_ += indent_ >= 0 ? ": " : ":";
    after_key_ = true;
    return *this;
}

void JsonWriter::BeginObject() {
    BeforeValue();
    buf_ += '{';
    stack_.push_back({true});
}

void JsonWriter::BeginArray() {
    BeforeValue();
    buf_ += '[';
    stack_.push_back({true});
}

void JsonWriter::EndObject() {
    const bool empty = stack_.back().empty;
    stack_.pop_back();
    if (!empty && indent_ >= 0) NewLine(stack_.size());
    buf_ += '}';
}

void JsonWriter::EndArray() {
    const bool empty = stack_.back().empty;
    stack_.pop_back();
    if (!empty && indent_ >= 0) NewLine(stack_.size());
    buf_ += ']';
}

void JsonWriter::String(std::string_view s) {
    BeforeValue();
    Quoted(s);
}

void JsonWriter::Quoted(std::string_view s) {
    if (Verbatim(s)) {
        buf_ += '"';
        buf_.append(s.data(), s.size());
        buf_ += '"';
    } else {
        // Escapes, or ill-formed UTF-8 (nlohmann throws type_error 316): its own serializer decides.
        buf_ += Json(std::string(s)).dump();
    }
}

void JsonWriter::Number(double v) {
    BeforeValue();
    AppendJsonNumber(buf_, v);
}

void JsonWriter::Number(const std::optional<double>& v) {
    if (v)
        Number(*v);
    else
        Null();
}

void JsonWriter::Int(long long v) {
    BeforeValue();
    char buf[24];
    buf_.append(buf, static_cast<std::size_t>(std::to_chars(buf, buf + sizeof buf, v).ptr - buf));
}

void JsonWriter::Uint(unsigned long long v) {
    BeforeValue();
    char buf[24];
    buf_.append(buf, static_cast<std::size_t>(std::to_chars(buf, buf + sizeof buf, v).ptr - buf));
}

void JsonWriter::Bool(bool b) {
    BeforeValue();
    buf_ += b ? "true" : "false";
}

void JsonWriter::Null() {
    BeforeValue();
    buf_ += "null";
}

void JsonWriter::Value(const Json& j) {
    BeforeValue();
    const std::string text = j.dump(indent_);
    if (indent_ <= 0 || stack_.empty()) {
        buf_ += text;
        return;
    }
    // dump() indents from column 0; inside the writer every line moves right by the current depth. Newlines in
    // the text are layout only (a newline inside a string is written as \n).
    const std::string pad(stack_.size() * static_cast<std::size_t>(indent_), ' ');
    for (char c : text) {
        buf_ += c;
        if (c == '\n') buf_ += pad;
    }
}

void JsonWriter::Finish() {
    if (out_ && !buf_.empty()) {
        out_->write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
        buf_.clear();
    }
}

}  // namespace mm
