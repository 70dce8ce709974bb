// Streaming batch input: byte sources (plain, gzip, zstd), lines, and documents out of
// files, directories and stdin (include/marsad/batch.h).
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xxhash.h>
#include <zlib.h>
#include <zstd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <filesystem>
#include <utility>

#include "marsad/batch.h"

namespace marsad::batch {

namespace fs = std::filesystem;

namespace {

// One JSON line → item: the document, or the error with the id "<file>:<line>".
void ParseLine(std::string_view line, const std::string& source, size_t line_no, const std::string& published,
               InputItem* item) {
  auto doc = ParseJsonDocument(line, source, line_no);
  if (!doc.ok()) {
    item->doc = Document();
    item->doc.id = source + ":" + std::to_string(line_no);
    item->doc.source = source;
    item->doc.line = line_no;
    item->status = doc.status();
    return;
  }
  item->doc = std::move(doc).value();
  // --published stands in for a missing (or unreadable, then with a warning) date.
  if (item->doc.published.empty()) item->doc.published = published;
  item->status = Status::Ok();
}

constexpr size_t kChunk = 1 << 20;
constexpr size_t kMinChunk = 16 << 10;
constexpr const char* kBlank = " \t\r\n\xEF\xBB\xBF";

bool EndsWith(std::string_view s, std::string_view suffix) { return s.ends_with(suffix); }
// The name without a compression suffix: "a.jsonl.gz" → "a.jsonl".
std::string_view StripCodec(std::string_view p) {
  for (std::string_view s : {".gz", ".zst", ".zstd"}) {
    if (EndsWith(p, s)) return p.substr(0, p.size() - s.size());
  }
  return p;
}
bool IsHtmlName(std::string_view p) {
  p = StripCodec(p);
  return EndsWith(p, ".html") || EndsWith(p, ".htm");
}
bool IsJsonlName(std::string_view p) {
  p = StripCodec(p);
  return EndsWith(p, ".jsonl") || EndsWith(p, ".ndjson");
}
bool IsTextName(std::string_view p) { return EndsWith(StripCodec(p), ".txt"); }
bool LooksLikeHtml(std::string_view head) {
  size_t p = head.find_first_not_of(kBlank);
  if (p == std::string_view::npos || head[p] != '<') return false;
  std::string h(head.substr(p, 64));
  std::transform(h.begin(), h.end(), h.begin(), [](unsigned char c) { return std::tolower(c); });
  return h.starts_with("<!doctype html") || h.starts_with("<html");
}
}  // namespace

uint64_t IdHash(std::string_view id) { return XXH64(id.data(), id.size(), 0); }

Result<std::pair<unsigned, unsigned>> ParseShard(std::string_view spec) {
  size_t slash = spec.find('/');
  unsigned k = 0, n = 0;
  auto num = [](std::string_view s, unsigned* v) {
    auto r = std::from_chars(s.data(), s.data() + s.size(), *v);
    return !s.empty() && r.ec == std::errc() && r.ptr == s.data() + s.size();
  };
  if (slash == std::string_view::npos || !num(spec.substr(0, slash), &k) || !num(spec.substr(slash + 1), &n)) {
    return InvalidInput("--shard expects K/N with integers, e.g. 0/4 (got \"" + std::string(spec) + "\")");
  }
  if (n == 0 || k >= n) return InvalidInput("--shard K/N needs 0 <= K < N (got " + std::string(spec) + ")");
  return std::make_pair(k, n);
}

// ---------------------------------------------------------------------------------------
// ByteSource

struct ByteSource::Codec {
  enum Kind { kPlain, kGzip, kZstd } kind = kPlain;
  z_stream z{};
  bool z_init = false;
  bool mid_frame = false;  // inside a compressed frame: its end must come before EOF
  bool frame_end = false;  // the last output decoded completed a member/frame (verified)
  ZSTD_DStream* zs = nullptr;
  ~Codec() {
    if (z_init) inflateEnd(&z);
    if (zs) ZSTD_freeDStream(zs);
  }
};

ByteSource::~ByteSource() {
  if (own_ && f_) std::fclose(f_);
}

const char* ByteSource::codec() const {
  switch (codec_->kind) {
    case Codec::kGzip: return "gzip";
    case Codec::kZstd: return "zstd";
    default: return "plain";
  }
}

Result<std::unique_ptr<ByteSource>> ByteSource::Open(const std::string& path) {
  std::unique_ptr<ByteSource> s(new ByteSource());
  s->path_ = path;
  s->codec_ = std::make_unique<Codec>();
  if (path == "-") {
    s->f_ = stdin;
  } else {
    std::error_code ec;
    if (fs::is_directory(path, ec)) return IoError(path + ": is a directory");
    s->f_ = std::fopen(path.c_str(), "rb");
    if (s->f_ == nullptr) return IoError(path + ": cannot open: " + std::strerror(errno));
    s->own_ = true;
  }
  // A small file gets buffers of its size: a directory of small articles allocated and
  // zero-filled 1 MiB twice per file (half of reader_fuzz's time went to those pages).
  s->chunk_ = kChunk;
  struct stat st {};
  if (::fstat(::fileno(s->f_), &st) == 0 && S_ISREG(st.st_mode) && st.st_size >= 0)
    s->chunk_ = std::clamp<size_t>(static_cast<size_t>(st.st_size) + 1, kMinChunk, kChunk);
  // Sniff the magic bytes: the codec follows the content, not the name.
  s->raw_.resize(s->chunk_);
  size_t n = s->ReadRaw(s->raw_.data(), s->chunk_);
  s->raw_.resize(n);
  if (s->failed()) return IoError(s->error_);
  auto& c = *s->codec_;
  const auto* u = reinterpret_cast<const unsigned char*>(s->raw_.data());
  if (n >= 2 && u[0] == 0x1f && u[1] == 0x8b) {
    c.kind = Codec::kGzip;
    if (inflateInit2(&c.z, 15 + 32) != Z_OK) return IoError(path + ": zlib init failed");
    c.z_init = true;
  } else if (n >= 4 && u[0] == 0x28 && u[1] == 0xb5 && u[2] == 0x2f && u[3] == 0xfd) {
    c.kind = Codec::kZstd;
    c.zs = ZSTD_createDStream();
    if (c.zs == nullptr) return IoError(path + ": zstd init failed");
    ZSTD_initDStream(c.zs);
  }
  return s;
}

size_t ByteSource::ReadRaw(char* buf, size_t n) {
  if (raw_eof_) return 0;
  size_t got = std::fread(buf, 1, n, f_);
  raw_bytes_ += got;
  if (got < n) {
    if (std::ferror(f_)) error_ = path_ + ": read error: " + std::strerror(errno);
    if (got == 0) raw_eof_ = true;
  }
  return got;
}

// Refills raw_ when it is used up (the first chunk was read by Open); false at the end.
bool ByteSource::Refill() {
  if (raw_pos_ < raw_.size()) return true;
  raw_.resize(chunk_);
  size_t n = ReadRaw(raw_.data(), chunk_);
  raw_.resize(n);
  raw_pos_ = 0;
  return n > 0;
}

size_t ByteSource::Read(std::string* out) {
  auto& c = *codec_;
  if (c.kind == Codec::kPlain) {
    if (!Refill()) return 0;
    size_t n = raw_.size() - raw_pos_;
    out->append(raw_, raw_pos_, n);
    raw_pos_ = raw_.size();
    return n;
  }
  // A member (gzip) or frame (zstd) is handed out only when its end has been decoded, and
  // with it its checksum verified: a flipped byte in a .gz made ~60 garbled "successful"
  // records before zlib noticed. Members longer than kVerifyWindow are handed out in
  // windows of that size (memory stays bounded; only the last window is checked).
  for (;;) {
    size_t n = Decode(&pending_);
    if (failed()) {
      if (!pending_.empty()) {
        error_ += "; the " + std::to_string(pending_.size()) +
                  " decompressed bytes before it in that member were not used";
      }
      std::string().swap(pending_);
      return 0;
    }
    if ((c.frame_end || n == 0 || pending_.size() >= kVerifyWindow) && !pending_.empty()) {
      size_t k = pending_.size();
      if (out->empty()) out->swap(pending_);
      else out->append(pending_);
      pending_.clear();
      if (pending_.capacity() > kChunk * 4) std::string().swap(pending_);
      return k;
    }
    if (n == 0) return 0;
  }
}

size_t ByteSource::Decode(std::string* out) {
  auto& c = *codec_;
  size_t old = out->size();
  out->resize(old + chunk_);
  size_t produced = 0;
  while (produced == 0) {
    if (!Refill()) {
      if (c.mid_frame && !failed()) error_ = path_ + ": " + codec() + ": truncated input (unexpected end of file)";
      break;
    }
    if (c.kind == Codec::kGzip) {
      c.z.next_in = reinterpret_cast<Bytef*>(raw_.data() + raw_pos_);
      c.z.avail_in = static_cast<uInt>(raw_.size() - raw_pos_);
      c.z.next_out = reinterpret_cast<Bytef*>(out->data() + old + produced);
      c.z.avail_out = static_cast<uInt>(chunk_ - produced);
      int rc = inflate(&c.z, Z_NO_FLUSH);
      raw_pos_ = raw_.size() - c.z.avail_in;
      if (chunk_ - c.z.avail_out > produced) c.frame_end = false;  // output of a new member
      produced = chunk_ - c.z.avail_out;
      c.mid_frame = rc != Z_STREAM_END;
      if (rc == Z_STREAM_END) c.frame_end = true;
      if (rc == Z_STREAM_END) {
        inflateReset(&c.z);  // concatenated gzip members (pigz, cat a.gz b.gz)
      } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
        error_ = path_ + ": gzip: " + (c.z.msg ? c.z.msg : "corrupt data");
        break;
      }
    } else {
      ZSTD_inBuffer in{raw_.data() + raw_pos_, raw_.size() - raw_pos_, 0};
      ZSTD_outBuffer o{out->data() + old + produced, chunk_ - produced, 0};
      size_t rc = ZSTD_decompressStream(c.zs, &o, &in);
      raw_pos_ += in.pos;
      produced += o.pos;
      if (o.pos > 0) c.frame_end = false;
      c.mid_frame = rc != 0;
      if (rc == 0) c.frame_end = true;
      if (ZSTD_isError(rc)) {
        error_ = path_ + ": zstd: " + ZSTD_getErrorName(rc);
        break;
      }
    }
  }
  out->resize(old + produced);
  return produced;
}

// ---------------------------------------------------------------------------------------
// LineReader

bool LineReader::Fill() {
  if (eof_) return false;
  if (src_->Read(&buf_) == 0) eof_ = true;
  return !eof_;
}

std::string_view LineReader::Head() {
  while (!eof_ && buf_.find_first_not_of(kBlank, pos_) == std::string::npos) Fill();
  return std::string_view(buf_).substr(pos_);
}

bool LineReader::Next(std::string_view* line) {
  for (;;) {
    size_t nl = buf_.find('\n', scan_);
    if (nl != std::string::npos) {
      size_t end = nl > pos_ && buf_[nl - 1] == '\r' ? nl - 1 : nl;
      *line = std::string_view(buf_).substr(pos_, end - pos_);
      pos_ = scan_ = nl + 1;
      return true;
    }
    if (eof_) {
      if (pos_ >= buf_.size()) return false;
      *line = std::string_view(buf_).substr(pos_);
      pos_ = scan_ = buf_.size();
      return true;
    }
    buf_.erase(0, pos_);  // keep only the partial line
    pos_ = 0;
    scan_ = buf_.size();
    Fill();
  }
}

std::string LineReader::Rest() {
  while (Fill()) {
  }
  std::string r = buf_.substr(pos_);
  buf_.clear();
  pos_ = scan_ = 0;
  return r;
}

Result<std::unique_ptr<FileLines>> FileLines::Open(const std::string& path, size_t window) {
  std::unique_ptr<FileLines> f(new FileLines());
  f->path_ = path;
  f->window_ = std::max<size_t>(window, 1);
  if (path != "-") {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    struct stat st {};
    unsigned char magic[4] = {0, 0, 0, 0};
    // Mapped only when plain (ByteSource's magic bytes) and not empty.
    if (fd >= 0 && ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 &&
        ::pread(fd, magic, sizeof magic, 0) >= 2 && !(magic[0] == 0x1f && magic[1] == 0x8b) &&
        !(magic[0] == 0x28 && magic[1] == 0xb5 && magic[2] == 0x2f && magic[3] == 0xfd)) {
      f->fd_ = fd;
      f->size_ = static_cast<uint64_t>(st.st_size);
      return f;
    }
    if (fd >= 0) ::close(fd);
  }
  auto src = ByteSource::Open(path);  // its error messages, as before
  if (!src.ok()) return src.status();
  f->src_ = std::move(src).value();
  f->lines_ = std::make_unique<LineReader>(f->src_.get());
  return f;
}

FileLines::~FileLines() {
  if (map_ != nullptr) ::munmap(map_, map_len_);
  if (fd_ >= 0) ::close(fd_);
}

bool FileLines::Map(uint64_t from, size_t len) {
  if (map_ != nullptr) ::munmap(map_, map_len_);
  map_ = nullptr;
  static const uint64_t page = static_cast<uint64_t>(::sysconf(_SC_PAGESIZE));
  map_from_ = from / page * page;
  map_len_ = static_cast<size_t>(std::min<uint64_t>(len + (from - map_from_), size_ - map_from_));
  // Populated at once: one call maps the window's pages, not a fault for each.
  void* p = ::mmap(nullptr, map_len_, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd_, static_cast<off_t>(map_from_));
  if (p == MAP_FAILED) {
    error_ = path_ + ": read error: " + std::strerror(errno);
    map_len_ = 0;
    return false;
  }
  map_ = static_cast<char*>(p);
  return true;
}

bool FileLines::Next(std::string_view* line) {
  if (src_) return lines_->Next(line);
  if (pos_ >= size_ || failed()) return false;
  bool from_here = false;  // the window was mapped from this line's start
  if (map_ == nullptr || pos_ >= map_from_ + map_len_) {
    if (!Map(pos_, window_)) return false;
    from_here = true;
  }
  for (;;) {
    const char* begin = map_ + (pos_ - map_from_);
    size_t avail = static_cast<size_t>(map_from_ + map_len_ - pos_);
    if (const void* nl = std::memchr(begin, '\n', avail)) {
      size_t n = static_cast<size_t>(static_cast<const char*>(nl) - begin);
      *line = std::string_view(begin, n > 0 && begin[n - 1] == '\r' ? n - 1 : n);
      pos_ += n + 1;
      return true;
    }
    if (map_from_ + map_len_ >= size_) {  // the last line, without '\n'
      *line = std::string_view(begin, avail);
      pos_ = size_;
      return true;
    }
    // The line goes on past the window: a window from its start, twice as long when the
    // window already started there (a line longer than a window).
    if (!Map(pos_, from_here ? map_len_ * 2 : window_)) return false;
    from_here = true;
  }
}

// ---------------------------------------------------------------------------------------
// DocumentReader

namespace {
bool WantedInDirectory(const fs::path& p) {
  std::string s = p.filename().string();
  if (s.starts_with(".")) return false;
  return IsJsonlName(s) || IsTextName(s) || IsHtmlName(s);
}
}  // namespace

std::vector<std::string> DocumentReader::paths() const {
  std::vector<std::string> out;
  for (const auto& e : files_) out.push_back(e.path);
  return out;
}

DocumentReader::DocumentReader(std::vector<std::string> inputs, ReaderOptions options) : opt_(std::move(options)) {
  if (inputs.empty()) inputs.push_back("-");
  for (const auto& in : inputs) {
    std::error_code ec;
    if (in != "-" && fs::is_directory(in, ec)) {
      // The walk keeps going past a directory it cannot read, and that directory gets an
      // error record (skipping it silently would lose its documents without a trace).
      // Symbolic links to directories are not followed (as recursive_directory_iterator).
      std::vector<Entry> found;
      std::vector<fs::path> dirs{fs::path(in)};
      while (!dirs.empty()) {
        fs::path dir = std::move(dirs.back());
        dirs.pop_back();
        std::error_code ec2;
        fs::directory_iterator it(dir, ec2), end;
        if (ec2) {
          found.push_back({dir.string(), dir.string() + ": cannot read directory: " + ec2.message()});
          continue;
        }
        for (; it != end; it.increment(ec2)) {
          if (ec2) break;
          std::error_code ec3;
          if (it->is_directory(ec3) && !it->is_symlink(ec3)) {
            dirs.push_back(it->path());
          } else if (it->is_regular_file(ec3) && WantedInDirectory(it->path())) {
            found.push_back({it->path().string(), ""});
          }
        }
        if (ec2) found.push_back({dir.string(), dir.string() + ": directory walk failed: " + ec2.message()});
      }
      std::sort(found.begin(), found.end(), [](const Entry& a, const Entry& b) { return a.path < b.path; });
      for (auto& f : found) files_.push_back(std::move(f));
    } else {
      files_.push_back({in, ""});
    }
  }
  for (const auto& e : files_) {
    std::error_code ec;
    if (e.path != "-" && e.error.empty()) {
      auto sz = fs::file_size(e.path, ec);
      if (!ec) bytes_total_ += sz;
    }
  }
}

DocumentReader::~DocumentReader() = default;

bool DocumentReader::OpenNext(InputItem* item) {
  if (src_) bytes_done_ += src_->raw_bytes();
  lines_.reset();
  src_.reset();
  if (next_file_ >= files_.size()) return false;
  const Entry& e = files_[next_file_++];
  path_ = e.path;
  line_no_ = 0;
  auto fail = [&](const std::string& message) {
    item->doc = Document();
    item->doc.id = path_;
    item->doc.source = path_;
    item->status = IoError(message);
    return true;
  };
  if (!e.error.empty()) return fail(e.error);
  auto s = ByteSource::Open(path_);
  if (!s.ok()) return fail(s.status().message());
  src_ = std::move(s).value();
  lines_ = std::make_unique<LineReader>(src_.get());
  std::string_view head = lines_->Head();
  if (opt_.force_jsonl || IsJsonlName(path_)) {
    jsonl_ = true;
  } else if (IsTextName(path_) || IsHtmlName(path_)) {
    jsonl_ = false;
  } else {
    size_t p = head.find_first_not_of(kBlank);
    jsonl_ = p != std::string_view::npos && head[p] == '{';
  }
  if (!jsonl_) {
    // One whole-file document (text or HTML).
    Document d;
    d.id = path_;
    d.source = path_;
    std::string body = lines_->Rest();
    if (src_->failed()) return fail(src_->error());
    // Empty stdin or an empty extension-less file (an empty Spark partition, part-00000):
    // no document, not an "empty text" error record. A named .txt/.html still gets one.
    if (!IsTextName(path_) && !IsHtmlName(path_) && body.find_first_not_of(kBlank) == std::string::npos) {
      lines_.reset();
      return Next(item);
    }
    if (IsHtmlName(path_) || LooksLikeHtml(body)) {
      auto h = ExtractHtmlText(body);
      if (!h.ok()) return fail(path_ + ": " + h.status().message());
      d.title = std::move(h->title);
      d.text = std::move(h->text);
    } else {
      d.text = std::move(body);
    }
    d.lang = opt_.lang;
    d.published = opt_.published;
    item->doc = std::move(d);
    item->status = Status::Ok();
    lines_.reset();  // nothing more from this file
    return true;
  }
  return Next(item);
}

bool DocumentReader::Next(InputItem* item) {
  for (;;) {
    if (!lines_) {
      if (!OpenNext(item)) return false;
      return true;
    }
    std::string_view line;
    if (!lines_->Next(&line)) {
      if (src_->failed()) {
        std::string message = src_->error();
        lines_.reset();
        item->doc = Document();
        item->doc.id = path_ + ":" + std::to_string(line_no_ + 1);
        item->doc.source = path_;
        item->doc.line = line_no_ + 1;
        item->status = IoError(message);
        return true;
      }
      lines_.reset();
      continue;
    }
    ++line_no_;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    if (opt_.defer_json) {
      item->doc = Document();
      item->doc.source = path_;
      item->doc.line = line_no_;
      item->json.assign(line);
      item->status = Status::Ok();
    } else {
      item->json.clear();
      ParseLine(line, path_, line_no_, opt_.published, item);
    }
    return true;
  }
}

void ParseDeferred(InputItem* item, const std::string& default_published) {
  if (item->json.empty()) return;
  const std::string json = std::exchange(item->json, {}), source = std::move(item->doc.source);
  ParseLine(json, source, item->doc.line, default_published, item);
}

}  // namespace marsad::batch
