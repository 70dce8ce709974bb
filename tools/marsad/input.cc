#include "input.h"

#include <iostream>
#include <iterator>
#include <sstream>

#include "marsad/mapped_file.h"

namespace marsad::cli {

Result<std::string> ReadInput(const std::string& path) {
  if (path == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    return ss.str();
  }
  return ReadFile(path);
}

}  // namespace marsad::cli
