// Where a request's body ends, read from its head the way cpp-httplib 0.11 will read it, so
// that the connection front (guarded_http.cc) can read the whole request before a worker
// takes it: a client that sends its head at once and then one byte of its body every few
// seconds then holds no worker either (issue 18: twelve such clients held three workers of
// the main port, and /healthz there waited for their 30 s deadline).
//
// httplib reads a body only for POST, PUT, PATCH, PRI and (with a Content-Length) DELETE:
// `Transfer-Encoding: chunked` (its first value, any case), else `Content-Length`, else
// everything up to the client's close. Framing that a proxy in front may read differently (request smuggling)
// is refused here, for every method: more than one Content-Length or Transfer-Encoding, a
// Content-Length that is not a plain decimal number ("-5", "+4", "%34": httplib decodes
// "%34" to 4, a proxy does not), both headers at once, or a transfer coding other than
// chunked. What the front reads is then exactly what the worker's httplib reads: it never
// waits on the socket for a body the front thought complete.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace marsad::server {

struct Framing {
  enum Kind {
    kNone,        // no body (a method httplib reads no body for, or Content-Length: 0)
    kLength,      // `length` bytes
    kChunked,     // chunks, up to the last (see ChunkScanner)
    kUntilClose,  // a POST (...) with neither header: everything up to the client's close
    kBad,         // refused with 400 (`error` says why)
  };
  Kind kind = kNone;
  uint64_t length = 0;
  bool expect_continue = false;  // `Expect: 100-continue`: the client waits for 100 before its body
  std::string error;
};

// `head`: the request line and header lines up to and including the blank line.
Framing ParseFraming(std::string_view head);

// Walks a chunked body as its bytes arrive, as httplib's read_content_chunked reads it: a
// size line (hex, up to its end), that many bytes, a line that must be a bare CRLF for
// another chunk to follow (any other line ends the body), and after the zero-size chunk
// one more line. A size line longer than 4 KiB or without a hex number is malformed
// (httplib would fail on it, or wait for the rest of an endless line).
class ChunkScanner {
 public:
  enum State { kMore, kDone, kMalformed, kTooLarge };
  explicit ChunkScanner(uint64_t max_data) : max_data_(max_data) {}
  // Reads from p[0, n); returns the state and sets `used` to the bytes that belong to the
  // body (fewer than n when the body ended inside them).
  State Feed(const char* p, size_t n, size_t& used);
  State state() const { return state_; }

 private:
  enum Step { kSizeLine, kData, kAfterData, kTerminator };
  State EndOfLine();
  State state_ = kMore;
  Step step_ = kSizeLine;
  std::string line_;
  uint64_t left_ = 0;             // bytes of the current chunk still to come
  uint64_t data_ = 0, max_data_;  // the body's bytes so far (chunk data only) and their limit
};

}  // namespace marsad::server
