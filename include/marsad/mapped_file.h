// MappedFile: a read-only memory mapping of a whole file that owns the mapping.
//
// Opening never parses anything; the bytes are valid for the life of the object.
// Movable, not copyable; const access is safe from many threads.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "marsad/status.h"

namespace marsad {

class MappedFile {
 public:
  static Result<MappedFile> Open(const std::string& path);
  // The same, but the bytes are read into private anonymous memory (read-only) instead of
  // mapping the file: the file may then be truncated or overwritten in place while the
  // object lives (a mapped file overwritten so raises SIGBUS or changes under the reader).
  // Costs the file's size in memory that is not shared with other processes.
  static Result<MappedFile> Copy(const std::string& path);

  MappedFile() = default;
  MappedFile(MappedFile&& other) noexcept;
  MappedFile& operator=(MappedFile&& other) noexcept;
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  ~MappedFile();

  const unsigned char* data() const { return data_; }
  size_t size() const { return size_; }
  std::string_view view() const { return {reinterpret_cast<const char*>(data_), size_}; }
  const std::string& path() const { return path_; }

 private:
  static Result<MappedFile> OpenImpl(const std::string& path, bool copy);
  void Reset();
  const unsigned char* data_ = nullptr;
  size_t size_ = 0;
  std::string path_;
};

// Reads a whole file into a string (for small inputs: articles, dictionaries).
Result<std::string> ReadFile(const std::string& path);

}  // namespace marsad
