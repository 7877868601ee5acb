#include "app/gui/export/export_job.hpp"

#include <exception>

namespace hostspace::gui {

ExportJob::ExportJob(Session session, doc::ExportRequest request, std::filesystem::path folder,
                     std::function<void()> wake)
    : wake_(std::move(wake)) {
    progress_.total = static_cast<int>(request.formats.size());
    thread_ = std::thread([this, session = std::move(session), request = std::move(request),
                           folder = std::move(folder)] { run(session, request, folder); });
}

ExportJob::~ExportJob() {
    if (thread_.joinable()) thread_.join();
}

ExportProgress ExportJob::progress() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return progress_;
}

void ExportJob::update(const std::function<void(ExportProgress&)>& change) {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        change(progress_);
    }
    if (wake_) wake_();
}

void ExportJob::run(const Session& session, const doc::ExportRequest& request,
                    const std::filesystem::path& folder) {
    std::vector<std::filesystem::path> written;
    std::string error;
    try {
        written =
            doc::write_harvest_files(session, request, folder,
                                     [this, &folder](const std::string& what, int done, int total) {
                                         update([&](ExportProgress& p) {
                                             // The file named last time is whole once the count
                                             // moves on.
                                             if (!p.making.empty() && done > p.done)
                                                 p.written.push_back(folder / p.making);
                                             p.making = what;
                                             p.done = done;
                                             p.total = total;
                                         });
                                     });
    } catch (const std::exception& e) {
        error = e.what();
    }
    update([&](ExportProgress& p) {
        p.making.clear();
        p.finished = true;
        p.error = error;
        if (error.empty()) {
            p.written = written;
            p.done = p.total;
        }
    });
}

}  // namespace hostspace::gui
