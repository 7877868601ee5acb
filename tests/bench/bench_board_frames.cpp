// Writes the notes CSV for bench_board_frames.sh: N notes as a room writes them (3 to 25 words,
// the odd accent, comma or quote), with authors, organisations, 20 groups and some colours.
// Fixed seed: the same N gives the same file on every machine.
//
// usage: bench_board_frames_csv N FILE.csv
#include <cctype>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <random>
#include <string>
#include <vector>

namespace {

const std::vector<std::string> kWords = {
    "we",
    "need",
    "to",
    "listen",
    "more",
    "and",
    "talk",
    "less",
    "in",
    "the",
    "room",
    "people",
    "who",
    "use",
    "services",
    "should",
    "shape",
    "them",
    "from",
    "start",
    "trust",
    "takes",
    "time",
    "build",
    "relationships",
    "across",
    "teams",
    "share",
    "data",
    "safely",
    "between",
    "partners",
    "community",
    "voices",
    "matter",
    "fund",
    "prevention",
    "not",
    "just",
    "crisis",
    "care",
    "ask",
    "what",
    "matters",
    "you",
    "before",
    "deciding",
    "for",
    "young",
    "carers",
    "housing",
    "first",
    "mental",
    "health",
    "support",
    "at",
    "school",
    "gates",
    "GP",
    "surgeries",
    "police",
    "youth",
    "workers",
    "together",
    "one",
    "front",
    "door",
    "fewer",
    "handoffs",
    "less",
    "paperwork",
    "more",
    "conversation",
    "learning",
    "out",
    "loud",
    "fail",
    "fast",
    "small",
    "tests",
    "of",
    "change",
    "celebrate",
    "what",
    "works",
    "stop",
    "doing",
    "things",
    "that",
    "don't",
    "help",
    "hold",
    "meetings",
    "where",
    "live",
    "café",
    "conversations",
    "naïve",
    "questions",
    "are",
    "welcome",
    "budgets",
    "pooled",
    "across",
    "councils",
    "NHS",
    "trusts",
    "voluntary",
    "sector",
    "grants",
    "longer",
    "than",
    "a",
    "year",
    "so",
    "staff",
    "stay",
    "public",
    "transport",
    "to",
    "clinics",
    "digital",
    "exclusion",
    "is",
    "real",
    "older",
    "residents",
    "loneliness",
    "kills",
    "libraries",
    "as",
    "hubs",
    "link",
    "workers",
    "social",
    "prescribing",
    "walk",
    "alongside",
    "families",
    "strengths",
    "based",
    "practice",
    "\"nothing",
    "about",
    "us",
    "without",
    "us\"",
    "co-production",
    "honestly",
    "budget,",
    "time,",
    "and",
    "patience",
    "Łódź-style",
    "street",
    "forums",
};

const std::vector<std::string> kFirstNames = {
    "Amira", "Ben",   "Chloé", "Dev",    "Ewa",   "Farah", "George", "Hannah",  "Idris",
    "Joan",  "Kwame", "Lena",  "Marek",  "Niamh", "Owen",  "Priya",  "Quentin", "Rosa",
    "Sami",  "Tomás", "Uma",   "Victor", "Wen",   "Yusuf", "Zoë",
};
const std::vector<std::string> kLastNames = {
    "Ahmed",   "Brown", "Chen",    "Davies",   "Evans",  "Fernández", "Green",
    "Hughes",  "Iqbal", "Jones",   "Kowalski", "Lewis",  "Morgan",    "Nowak",
    "O'Brien", "Patel", "Roberts", "Singh",    "Thomas", "Williams",
};
const std::vector<std::string> kOrganisations = {
    "Sheffield Teaching Hospitals NHS FT",
    "Sheffield City Council",
    "South Yorkshire Police",
    "Public Health, Sheffield",
    "Voluntary Action Sheffield",
    "Sheffield College",
    "Primary Care Sheffield",
    "Age UK Sheffield",
    "Citizens Advice",
    "Sheffield Health & Social Care",
    "Youth Service",
    "Housing Association",
};
const std::vector<std::string> kGroups = {
    "Listening",    "Prevention",   "Housing", "Mental health",  "Young people",
    "Older people", "Data sharing", "Funding", "Workforce",      "Transport",
    "Digital",      "Loneliness",   "Schools", "Community hubs", "Co-production",
    "Safety",       "Primary care", "Carers",  "Learning",       "Quick wins",
};
const std::vector<std::string> kColours = {"", "", "", "yellow", "orange", "pink", "green"};

std::string quoted(const std::string& field) {
    std::string out = "\"";
    for (char c : field) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: bench_board_frames_csv N FILE.csv\n";
        return 2;
    }
    const long count = std::atol(argv[1]);
    std::ofstream out(argv[2], std::ios::binary);
    if (count < 0 || !out) {
        std::cerr << "bench_board_frames_csv: cannot write " << argv[2] << "\n";
        return 1;
    }
    std::mt19937 random(20240501u);
    auto pick = [&random](const std::vector<std::string>& from) -> const std::string& {
        return from[std::uniform_int_distribution<std::size_t>(0, from.size() - 1)(random)];
    };
    std::uniform_int_distribution<int> words(3, 25);
    out << "text,author,organisation,group,colour\r\n";
    for (long row = 0; row < count; ++row) {
        std::string text;
        const int n = words(random);
        for (int w = 0; w < n; ++w) {
            std::string word = pick(kWords);
            if (w == 0)
                word[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(word[0])));
            text += (w ? " " : "") + word;
        }
        out << quoted(text) << "," << quoted(pick(kFirstNames) + " " + pick(kLastNames)) << ","
            << quoted(pick(kOrganisations)) << "," << quoted(pick(kGroups)) << "," << pick(kColours)
            << "\r\n";
    }
    return out ? 0 : 1;
}
