// SPDX-License-Identifier: GPL-3.0-or-later
// Runs files through a fuzz target's LLVMFuzzerTestOneInput without libFuzzer, for tst_fuzz_regressions in every
// build (GCC too). Usage: fuzz_TARGET_replay FILE_OR_DIR... (a folder: each file in it, by name; missing folders
// and names starting with "." are skipped). A property violation or a crash fails the run; so does finding no input.
#include "fuzzing.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace {

std::vector<std::filesystem::path> inputsOf(const std::filesystem::path &path)
{
    std::vector<std::filesystem::path> files;
    std::error_code error;
    if (std::filesystem::is_directory(path, error)) {
        for (const auto &entry : std::filesystem::directory_iterator(path, error))
            if (entry.is_regular_file() && entry.path().filename().string().front() != '.')
                files.push_back(entry.path());
        std::sort(files.begin(), files.end());
    } else if (std::filesystem::is_regular_file(path, error)) {
        files.push_back(path);
    }
    return files;
}

} // namespace

int main(int argc, char *argv[])
{
    LLVMFuzzerInitialize(&argc, &argv);
    int replayed = 0;
    for (int a = 1; a < argc; ++a) {
        for (const std::filesystem::path &file : inputsOf(argv[a])) {
            std::ifstream in(file, std::ios::binary);
            if (!in) {
                std::fprintf(stderr, "cannot read %s\n", file.string().c_str());
                return 1;
            }
            const std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
            const std::string name = file.string();
            ClickScope::Fuzz::currentInput = name.c_str();
            // A copy of exactly the file's size, so that a read past the end is one (under ASan) as in libFuzzer.
            std::vector<std::uint8_t> data(bytes.begin(), bytes.end());
            LLVMFuzzerTestOneInput(data.data(), data.size());
            ClickScope::Fuzz::currentInput = nullptr;
            ++replayed;
        }
    }
    std::printf("%s: %d inputs replayed, no property violated\n", argc > 0 ? argv[0] : "replay", replayed);
    return replayed > 0 ? 0 : 1;
}
