// JsonWriter: JSON text written as it is produced, byte-identical to nlohmann's dump() of the same document.
#include "engine/io/json_writer.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <ostream>

#include "engine/io/utf8.h"

namespace mm {

namespace {

constexpr std::size_t kFlushBytes = 1u << 16;
constexpr std::size_t kNumberBytes = 64;  // nlohmann's own number buffer

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
        const std::size_t len = Utf8SequenceLength(s, i);
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
    char buf[kNumberBytes];
    const char* end = nlohmann::detail::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, static_cast<std::size_t>(end - buf));
}

JsonWriter::JsonWriter(int indent, std::ostream* out) : indent_(indent), out_(out) {
    buf_.resize(out_ ? kFlushBytes : 4096);
}

char* JsonWriter::Grow(std::size_t n) {
    if (out_ && used_ > 0) {
        out_->write(buf_.data(), static_cast<std::streamsize>(used_));
        used_ = 0;
    }
    if (buf_.size() - used_ < n) buf_.resize(std::max(2 * buf_.size(), used_ + n));
    return &buf_[used_];
}

void JsonWriter::Put(std::string_view s) {
    std::memcpy(Room(s.size()), s.data(), s.size());
    used_ += s.size();
}

std::string JsonWriter::TakeText() {
    buf_.resize(used_);
    used_ = 0;
    return std::move(buf_);
}

void JsonWriter::NewLine(std::size_t depth) {
    const std::size_t pad = depth * static_cast<std::size_t>(indent_);
    char* p = Room(1 + pad);
    p[0] = '\n';
    std::memset(p + 1, ' ', pad);
    used_ += 1 + pad;
}

void JsonWriter::BeforeValue() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (stack_.empty()) return;
    Level& level = stack_.back();  // an array element
    if (!level.empty) Put(',');
    level.empty = false;
    if (indent_ >= 0) NewLine(stack_.size());
}

JsonWriter& JsonWriter::Key(std::string_view key) {
    Level& level = stack_.back();
    if (!level.empty) Put(',');
    level.empty = false;
    if (indent_ >= 0) NewLine(stack_.size());
    Quoted(key);
    Put(indent_ >= 0 ? std::string_view(": ") : std::string_view(":"));
    after_key_ = true;
    return *this;
}

void JsonWriter::BeginObject() {
    BeforeValue();
    Put('{');
    stack_.push_back({true});
}

void JsonWriter::BeginArray() {
    BeforeValue();
    Put('[');
    stack_.push_back({true});
}

void JsonWriter::EndObject() {
    const bool empty = stack_.back().empty;
    stack_.pop_back();
    if (!empty && indent_ >= 0) NewLine(stack_.size());
    Put('}');
}

void JsonWriter::EndArray() {
    const bool empty = stack_.back().empty;
    stack_.pop_back();
    if (!empty && indent_ >= 0) NewLine(stack_.size());
    Put(']');
}

void JsonWriter::String(std::string_view s) {
    BeforeValue();
    Quoted(s);
}

void JsonWriter::Quoted(std::string_view s) {
    if (Verbatim(s)) {
        char* p = Room(s.size() + 2);
        p[0] = '"';
        std::memcpy(p + 1, s.data(), s.size());
        p[s.size() + 1] = '"';
        used_ += s.size() + 2;
    } else {
        // Escapes, or ill-formed UTF-8 (nlohmann throws type_error 316): its own serializer decides.
        Put(Json(std::string(s)).dump());
    }
}

void JsonWriter::Number(double v) {
    BeforeValue();
    if (!std::isfinite(v)) {
        Put("null");
        return;
    }
    // nlohmann's own routine (see AppendJsonNumber), straight into the buffer.
    char* p = Room(kNumberBytes);
    used_ += static_cast<std::size_t>(nlohmann::detail::to_chars(p, p + kNumberBytes, v) - p);
}

void JsonWriter::Number(const std::optional<double>& v) {
    if (v)
        Number(*v);
    else
        Null();
}

void JsonWriter::Int(long long v) {
    BeforeValue();
    char* p = Room(24);
    used_ += static_cast<std::size_t>(std::to_chars(p, p + 24, v).ptr - p);
}

void JsonWriter::Uint(unsigned long long v) {
    BeforeValue();
    char* p = Room(24);
    used_ += static_cast<std::size_t>(std::to_chars(p, p + 24, v).ptr - p);
}

void JsonWriter::Bool(bool b) {
    BeforeValue();
    Put(b ? std::string_view("true") : std::string_view("false"));
}

void JsonWriter::Null() {
    BeforeValue();
    Put("null");
}

void JsonWriter::Value(const Json& j) {
    BeforeValue();
    const std::string text = j.dump(indent_);
    if (indent_ <= 0 || stack_.empty()) {
        Put(text);
        return;
    }
    // dump() indents from column 0; inside the writer every line moves right by the current depth. Newlines in
    // the text are layout only (a newline inside a string is written as \n).
    std::size_t from = 0;
    for (std::size_t nl = text.find('\n'); nl != std::string::npos; nl = text.find('\n', from)) {
        Put(std::string_view(text).substr(from, nl - from));
        NewLine(stack_.size());
        from = nl + 1;
    }
    Put(std::string_view(text).substr(from));
}

void JsonWriter::Finish() {
    if (out_ && used_ > 0) {
        out_->write(buf_.data(), static_cast<std::streamsize>(used_));
        used_ = 0;
    }
}

}  // namespace mm
