// Reading a whole input (file or "-" for stdin) for the single-document commands.
#pragma once

#include <string>

#include "marsad/status.h"

namespace marsad::cli {
Result<std::string> ReadInput(const std::string& path);
}
