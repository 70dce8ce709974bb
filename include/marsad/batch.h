// Input layer (src/input): batch input for archive-scale extraction. Documents out of
// files, directories, stdin and compressed JSON lines; article text out of HTML pages;
// deterministic sharding by id.
//
// DocumentReader streams: memory is bounded by the longest line (JSONL) or the largest
// single text/HTML file, never by the input size. Every input document yields exactly one
// InputItem: a Document, or an error (malformed line, unreadable file) that carries the
// document's id, source file and line so that the caller can write an error record.
// A reader is used from one thread; the free functions are thread-safe.
#pragma once

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/document.h"
#include "marsad/status.h"

namespace marsad::batch {

// The article text of an HTML page: the title, then the body's headings and paragraphs, one
// paragraph a line pair ("\n\n"). Scripts, styles, navigation, headers/footers, forms, and
// link lists such as language switchers or menus are left out. When the page has <article>
// or <main>, only that part is read.
struct HtmlText {
  std::string title;  // <title>, or the first <h1> when there is no <title>
  std::string text;   // headline + paragraphs
};
// Pages larger than kMaxHtmlBytes, or nesting elements deeper than kMaxHtmlDepth (by a
// linear scan of the tags, before parsing), are refused with an error: gumbo's cost grows
// with depth times size, and 100,000 nested <div> would keep it busy for minutes. The
// tree is walked without recursion.
inline constexpr size_t kMaxHtmlBytes = size_t{64} << 20;
inline constexpr size_t kMaxHtmlDepth = 2000;
Result<HtmlText> ExtractHtmlText(std::string_view html);

// XXH64 (seed 0) of a document id; shard k of n holds the ids with hash % n == k.
uint64_t IdHash(std::string_view id);
inline bool InShard(std::string_view id, unsigned k, unsigned n) { return n <= 1 || IdHash(id) % n == k; }
// Parses "K/N" (0 <= K < N); the error says what is wrong.
Result<std::pair<unsigned, unsigned>> ParseShard(std::string_view spec);

// A byte stream from a file or stdin ("-"), decompressed when it starts with the gzip or
// zstd magic (whatever the file name). Reads in 1 MB chunks; decompressed data is held
// back until its member (frame) is verified, up to kVerifyWindow (so memory is bounded by
// that too, not only by the longest line).
class ByteSource {
 public:
  static Result<std::unique_ptr<ByteSource>> Open(const std::string& path);
  ~ByteSource();
  ByteSource(const ByteSource&) = delete;
  ByteSource& operator=(const ByteSource&) = delete;
  // Appends decompressed bytes to *out (about 1 MB for plain input; for gzip and zstd one
  // whole member or frame once its checksum is verified, at most kVerifyWindow at a time);
  // 0 at the end or on error. Data of a member that fails its check is not handed out.
  size_t Read(std::string* out);
  static constexpr size_t kVerifyWindow = size_t{64} << 20;
  bool failed() const { return !error_.empty(); }
  const std::string& error() const { return error_; }  // names the file
  uint64_t raw_bytes() const { return raw_bytes_; }    // bytes consumed from the file
  const char* codec() const;                            // "plain", "gzip", "zstd"

 private:
  struct Codec;
  ByteSource() = default;
  size_t ReadRaw(char* buf, size_t n);
  bool Refill();
  size_t Decode(std::string* out);  // up to chunk_ decompressed bytes appended to *out
  std::FILE* f_ = nullptr;
  bool own_ = false, raw_eof_ = false;
  std::string path_, error_, raw_, pending_;
  size_t raw_pos_ = 0;
  uint64_t raw_bytes_ = 0;
  // Bytes read (and decoded) at a time: 1 MiB, or less for a smaller regular file.
  size_t chunk_ = 0;
  std::unique_ptr<Codec> codec_;
};

// Lines of a ByteSource without their '\n' (and a trailing '\r'); streaming.
class LineReader {
 public:
  explicit LineReader(ByteSource* src) : src_(src) {}
  // The buffered input, filled until it holds a non-blank byte or the input ends.
  std::string_view Head();
  // The next line (valid until the next call); false at the end.
  bool Next(std::string_view* line);
  // All the remaining input.
  std::string Rest();

 private:
  bool Fill();
  ByteSource* src_;
  std::string buf_;
  size_t pos_ = 0, scan_ = 0;
  bool eof_ = false;
};

// The lines of one input (a file or "-"), exactly as LineReader gives them (without '\n' and
// a trailing '\r'; a last line without '\n' too), for a reader that only reads them: a plain
// regular file is mapped into memory a window at a time (`window` bytes, more for a longer
// line), so its bytes are not copied out of the page cache and again into a line buffer
// (`marsad merge` spent a sixth of its time on those copies); a compressed file, stdin or
// anything else is read through ByteSource and LineReader. Memory is the window (the mapped
// pages of one window at a time), as LineReader's buffer was. A file cut short while it is
// mapped (another process truncating it) ends the process with SIGBUS, as any mapped read.
class FileLines {
 public:
  static Result<std::unique_ptr<FileLines>> Open(const std::string& path, size_t window = kWindow);
  ~FileLines();
  FileLines(const FileLines&) = delete;
  FileLines& operator=(const FileLines&) = delete;
  // The next line (valid until the next call); false at the end or on a read error.
  bool Next(std::string_view* line);
  bool failed() const { return src_ ? src_->failed() : !error_.empty(); }
  const std::string& error() const { return src_ ? src_->error() : error_; }
  bool mapped() const { return fd_ >= 0; }
  static constexpr size_t kWindow = size_t{1} << 20;

 private:
  FileLines() = default;
  bool Map(uint64_t from, size_t len);  // maps [from rounded down to a page, +len]
  std::unique_ptr<ByteSource> src_;     // not mapped
  std::unique_ptr<LineReader> lines_;
  int fd_ = -1;
  std::string path_, error_;
  uint64_t size_ = 0, pos_ = 0;  // the file's size; where the next line starts
  char* map_ = nullptr;
  uint64_t map_from_ = 0;
  size_t map_len_ = 0, window_ = kWindow;
};

struct ReaderOptions {
  bool force_jsonl = false;   // treat every input as JSON lines
  std::string lang;           // for text/HTML files (not JSONL): "ar", "en" or empty (detect)
  std::string published;      // default publication date for documents without one
  // JSON lines are not parsed by Next but handed over raw (InputItem::json), for
  // ParseDeferred on another thread: the reading thread then only splits lines.
  bool defer_json = false;
};

struct InputItem {
  Document doc;   // on error: id, source and line are set, text is empty
  Status status;  // not ok: the document could not be read (the message names file:line)
  std::string json;  // defer_json: the line still to parse (doc has source and line only)
};

// Parses item->json (when set) into item->doc, as Next would have without defer_json:
// on a malformed line doc gets the id "<file>:<line>" and status the error.
void ParseDeferred(InputItem* item, const std::string& default_published);

// Reads documents from a list of inputs in order: files (JSONL, .txt, .html, each maybe
// .gz/.zst), directories (walked recursively in name order for *.jsonl, *.ndjson, *.txt,
// *.html, *.htm, optionally .gz/.zst; other files are ignored) and "-" for stdin.
// JSONL is recognised by its name (.jsonl/.ndjson) or a first non-blank '{' (not for .txt
// or .html); a JSONL document without an id gets "<file>:<line>". A text or HTML file is
// one document whose id is its path.
class DocumentReader {
 public:
  DocumentReader(std::vector<std::string> inputs, ReaderOptions options);
  ~DocumentReader();
  // The next document or per-document error; false when all inputs are read.
  bool Next(InputItem* item);
  // Progress: input bytes consumed so far (compressed size for .gz/.zst) and the total size
  // of the input files, known up front (0 when unknown: stdin).
  uint64_t bytes_done() const { return bytes_done_ + (src_ ? src_->raw_bytes() : 0); }
  uint64_t bytes_total() const { return bytes_total_; }
  // The input files in reading order, directories expanded ("-" for stdin).
  std::vector<std::string> paths() const;

 private:
  bool OpenNext(InputItem* item);  // false when no input is left; item set on open error
  struct Entry {
    std::string path;
    std::string error;  // set when the directory walk failed here
  };
  std::vector<Entry> files_;
  ReaderOptions opt_;
  size_t next_file_ = 0;
  std::string path_;
  std::unique_ptr<ByteSource> src_;
  std::unique_ptr<LineReader> lines_;
  bool jsonl_ = false;
  size_t line_no_ = 0;
  uint64_t bytes_done_ = 0, bytes_total_ = 0;
};

}  // namespace marsad::batch
