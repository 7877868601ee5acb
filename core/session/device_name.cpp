#include "core/session/device_name.hpp"

#include <mutex>
#include <unordered_set>

namespace hostspace {
namespace {

// Names are never let go: there is one per laptop that ever touched a session. The set's
// nodes do not move when it grows, so the pointers handed out stay good.
const std::string* intern(const std::string& name) {
    static std::mutex mutex;
    static std::unordered_set<std::string> names;
    const std::lock_guard<std::mutex> lock(mutex);
    return &*names.insert(name).first;
}

}  // namespace

DeviceName::DeviceName() {
    static const std::string* const empty = intern(std::string());  // every default field's
    name_ = empty;
}

DeviceName::DeviceName(const std::string& name) : name_(intern(name)) {}

DeviceName::DeviceName(const char* name) : DeviceName(std::string(name)) {}

}  // namespace hostspace
