#include "core/harvest/harvest_json.hpp"
#include "core/harvest/harvest_json_fields.hpp"

namespace hostspace {
namespace {

using namespace op_json;
using harvest_json::add_reader;
using harvest_json::optional_assignee;
using harvest_json::put_assignee;
using harvest_json::read_assignee;

void put_place(Writer& w, const LinePlace& place) {
    put(w, "principle", place.principle_id);
    put(w, "kind", line_kind_name(place.kind));
    put_double(w, "rank", place.rank);
}

LinePlace read_place(const Json& o) {
    return LinePlace{text(o, "principle"), line_kind_from_name(text(o, "kind")), number(o, "rank")};
}

}  // namespace

void write_fields(Writer& w, const AddPrinciple& op) {
    put(w, "id", op.id);
    put(w, "title", op.title);
    put(w, "statement", op.statement);
    put_assignee(w, "champion", op.champion);
    put_text_list(w, "sources", op.sources);
    put_double(w, "rank", op.rank);
}

void write_fields(Writer& w, const EditPrinciple& op) {
    put(w, "id", op.id);
    if (op.title) put(w, "title", *op.title);
    if (op.statement) put(w, "statement", *op.statement);
    if (op.champion) put_assignee(w, "champion", *op.champion);
}

void write_fields(Writer& w, const MovePrinciple& op) {
    put(w, "id", op.id);
    put_double(w, "rank", op.rank);
}

void write_fields(Writer& w, const LinkPrincipleSources& op) {
    put(w, "id", op.id);
    put_text_list(w, "sources", op.sources);
    put_bool(w, "linked", op.linked);
}

void write_fields(Writer& w, const DeletePrinciple& op) {
    put(w, "id", op.id);
}

void write_fields(Writer& w, const RestorePrinciple& op) {
    put(w, "id", op.id);
}

void write_fields(Writer& w, const AddPrincipleLine& op) {
    put(w, "id", op.id);
    put_place(w, op.place);
    put(w, "text", op.text);
}

void write_fields(Writer& w, const EditPrincipleLine& op) {
    put(w, "id", op.id);
    put(w, "text", op.text);
}

void write_fields(Writer& w, const MovePrincipleLine& op) {
    put(w, "id", op.id);
    put_place(w, op.place);
}

void write_fields(Writer& w, const DeletePrincipleLine& op) {
    put(w, "id", op.id);
}

void write_fields(Writer& w, const RestorePrincipleLine& op) {
    put(w, "id", op.id);
}

void write_fields(Writer& w, const AddAction& op) {
    put(w, "id", op.id);
    put(w, "what", op.what);
    put_assignee(w, "who", op.who);
    put(w, "due", op.due);
    put(w, "principle", op.principle_id);
    put_double(w, "rank", op.rank);
}

void write_fields(Writer& w, const EditAction& op) {
    put(w, "id", op.id);
    if (op.what) put(w, "what", *op.what);
    if (op.who) put_assignee(w, "who", *op.who);
    if (op.due) put(w, "due", *op.due);
    if (op.status) put(w, "status", action_status_name(*op.status));
    if (op.principle_id) put(w, "principle", *op.principle_id);
}

void write_fields(Writer& w, const MoveAction& op) {
    put(w, "id", op.id);
    put_double(w, "rank", op.rank);
}

void write_fields(Writer& w, const DeleteAction& op) {
    put(w, "id", op.id);
}

void write_fields(Writer& w, const RestoreAction& op) {
    put(w, "id", op.id);
}

void write_fields(Writer& w, const AddFocusItem& op) {
    put(w, "id", op.id);
    put(w, "question", op.question);
    put_assignee(w, "who", op.who);
    put(w, "when", op.when);
    put_double(w, "rank", op.rank);
}

void write_fields(Writer& w, const EditFocusItem& op) {
    put(w, "id", op.id);
    if (op.question) put(w, "question", *op.question);
    if (op.who) put_assignee(w, "who", *op.who);
    if (op.when) put(w, "when", *op.when);
}

void write_fields(Writer& w, const MoveFocusItem& op) {
    put(w, "id", op.id);
    put_double(w, "rank", op.rank);
}

void write_fields(Writer& w, const DeleteFocusItem& op) {
    put(w, "id", op.id);
}

void write_fields(Writer& w, const RestoreFocusItem& op) {
    put(w, "id", op.id);
}

void add_list_readers(PayloadReaders& readers) {
    add_reader<AddPrinciple>(readers, [](const Json& o) {
        return AddPrinciple{text(o, "id"),           text(o, "title"),
                            text(o, "statement"),    read_assignee(o, "champion"),
                            text_list(o, "sources"), number(o, "rank")};
    });
    add_reader<EditPrinciple>(readers, [](const Json& o) {
        return EditPrinciple{text(o, "id"), optional_text(o, "title"),
                             optional_text(o, "statement"), optional_assignee(o, "champion")};
    });
    add_reader<MovePrinciple>(readers, [](const Json& o) {
        return MovePrinciple{text(o, "id"), number(o, "rank")};
    });
    add_reader<LinkPrincipleSources>(readers, [](const Json& o) {
        return LinkPrincipleSources{text(o, "id"), text_list(o, "sources"), boolean(o, "linked")};
    });
    add_reader<DeletePrinciple>(readers,
                                [](const Json& o) { return DeletePrinciple{text(o, "id")}; });
    add_reader<RestorePrinciple>(readers,
                                 [](const Json& o) { return RestorePrinciple{text(o, "id")}; });
    add_reader<AddPrincipleLine>(readers, [](const Json& o) {
        return AddPrincipleLine{text(o, "id"), read_place(o), text(o, "text")};
    });
    add_reader<EditPrincipleLine>(readers, [](const Json& o) {
        return EditPrincipleLine{text(o, "id"), text(o, "text")};
    });
    add_reader<MovePrincipleLine>(readers, [](const Json& o) {
        return MovePrincipleLine{text(o, "id"), read_place(o)};
    });
    add_reader<DeletePrincipleLine>(
        readers, [](const Json& o) { return DeletePrincipleLine{text(o, "id")}; });
    add_reader<RestorePrincipleLine>(
        readers, [](const Json& o) { return RestorePrincipleLine{text(o, "id")}; });
    add_reader<AddAction>(readers, [](const Json& o) {
        return AddAction{text(o, "id"),  text(o, "what"),      read_assignee(o, "who"),
                         text(o, "due"), text(o, "principle"), number(o, "rank")};
    });
    add_reader<EditAction>(readers, [](const Json& o) {
        EditAction op{text(o, "id")};
        op.what = optional_text(o, "what");
        op.who = optional_assignee(o, "who");
        op.due = optional_text(o, "due");
        if (auto status = optional_text(o, "status")) op.status = action_status_from_name(*status);
        op.principle_id = optional_text(o, "principle");
        return op;
    });
    add_reader<MoveAction>(readers, [](const Json& o) {
        return MoveAction{text(o, "id"), number(o, "rank")};
    });
    add_reader<DeleteAction>(readers, [](const Json& o) { return DeleteAction{text(o, "id")}; });
    add_reader<RestoreAction>(readers, [](const Json& o) { return RestoreAction{text(o, "id")}; });
    add_reader<AddFocusItem>(readers, [](const Json& o) {
        return AddFocusItem{text(o, "id"), text(o, "question"), read_assignee(o, "who"),
                            text(o, "when"), number(o, "rank")};
    });
    add_reader<EditFocusItem>(readers, [](const Json& o) {
        return EditFocusItem{text(o, "id"), optional_text(o, "question"),
                             optional_assignee(o, "who"), optional_text(o, "when")};
    });
    add_reader<MoveFocusItem>(readers, [](const Json& o) {
        return MoveFocusItem{text(o, "id"), number(o, "rank")};
    });
    add_reader<DeleteFocusItem>(readers,
                                [](const Json& o) { return DeleteFocusItem{text(o, "id")}; });
    add_reader<RestoreFocusItem>(readers,
                                 [](const Json& o) { return RestoreFocusItem{text(o, "id")}; });
}

}  // namespace hostspace
