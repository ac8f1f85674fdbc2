#include "app/command_line.h"
#include "core/text/parse_number.h"

#include "core/text/display_text.h"

#include <charconv>
#include <optional>
#include <utility>

namespace legwork {
namespace {

std::optional<float> parse_seconds(std::string_view text) {
    float value = 0.0f;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || !(value >= 0.0f) ||
        value > 3600.0f)
        return std::nullopt;
    return value;
}

std::optional<glm::ivec2> parse_size(std::string_view text) {
    const auto x = text.find('x');
    if (x == std::string_view::npos) return std::nullopt;
    const auto width = parse_int(text.substr(0, x));
    const auto height = parse_int(text.substr(x + 1));
    if (!width || !height || *width < 64 || *height < 64 || *width > 8192 || *height > 8192)
        return std::nullopt;
    return glm::ivec2{*width, *height};
}

std::string screen_choices() {
    std::vector<std::string_view> names;
    for (ScreenId screen : kAllScreens) names.push_back(screen_name(screen));
    return alternatives(names);
}

// Walks the arguments, splitting "--flag=value" and handing out values on request.
class ArgumentReader {
public:
    explicit ArgumentReader(std::span<const std::string_view> args) : args_(args) {}

    bool next() {
        if (index_ >= args_.size()) return false;
        std::string_view arg = args_[index_++];
        inline_value_.reset();
        if (arg.starts_with("--")) {
            if (const auto equals = arg.find('='); equals != std::string_view::npos) {
                inline_value_ = arg.substr(equals + 1);
                arg = arg.substr(0, equals);
            }
        }
        current_ = arg;
        return true;
    }
    std::string_view current() const { return current_; }
    bool has_inline_value() const { return inline_value_.has_value(); }
    std::optional<std::string_view> value() {
        if (inline_value_) return std::exchange(inline_value_, std::nullopt);
        if (index_ >= args_.size()) return std::nullopt;
        return args_[index_++];
    }

private:
    std::span<const std::string_view> args_;
    size_t index_ = 0;
    std::string_view current_;
    std::optional<std::string_view> inline_value_;
};

std::string_view command_name(Command command) {
    switch (command) {
    case Command::screenshot:
        return "screenshot";
    case Command::bench:
        return "bench";
    case Command::motion:
        return "motion";
    case Command::list:
        return "list";
    case Command::validate:
        return "validate";
    case Command::progress:
        return "progress";
    case Command::progress_export:
        return "progress export";
    case Command::plan:
        return "plan";
    case Command::play:
        return "play";
    case Command::say:
        return "say";
    case Command::import_model:
        return "import-model";
    default:
        return "legwork";
    }
}

} // namespace

ParsedCommandLine parse_command_line(std::span<const std::string_view> args) {
    ParsedCommandLine parsed;
    CommandLine& line = parsed.command_line;
    const auto fail = [&](std::string message) {
        parsed.error = "legwork: " + std::move(message) + " (see legwork --help)";
        return parsed;
    };

    size_t first_flag = 0;
    if (!args.empty() && !args[0].starts_with("-")) {
        if (args[0] == "screenshot")
            line.command = Command::screenshot;
        else if (args[0] == "bench")
            line.command = Command::bench;
        else if (args[0] == "motion")
            line.command = Command::motion;
        else if (args[0] == "list")
            line.command = Command::list;
        else if (args[0] == "validate")
            line.command = Command::validate;
        else if (args[0] == "progress")
            line.command = Command::progress;
        else if (args[0] == "plan")
            line.command = Command::plan;
        else if (args[0] == "play")
            line.command = Command::play;
        else if (args[0] == "say")
            line.command = Command::say;
        else if (args[0] == "import-model")
            line.command = Command::import_model;
        else if (args[0] == "help")
            line.command = Command::help;
        else
            return fail("unknown command '" + std::string(args[0]) + "'");
        first_flag = 1;
    }
    // Commands that name what they work on next: `motion EXERCISE`, `list exercises`,
    // `plan ROUTINE`, `play ROUTINE`.
    if (line.command == Command::motion || line.command == Command::list ||
        line.command == Command::plan || line.command == Command::play) {
        if (args.size() < 2 || args[1].starts_with("-"))
            return fail(line.command == Command::motion
                            ? "motion needs an exercise id, like legwork motion full-squat --json"
                        : line.command == Command::plan
                            ? "plan needs a routine id, like legwork plan runners-imbalance-fix"
                        : line.command == Command::play
                            ? "play needs a routine id, like legwork play runners-imbalance-fix --headless"
                            : "list needs what to list: exercises or routines");
        if (line.command == Command::motion)
            line.exercise = std::string(args[1]);
        else if (line.command == Command::plan || line.command == Command::play)
            line.routine = std::string(args[1]);
        else if (args[1] == "exercises" || args[1] == "routines")
            line.list_what = std::string(args[1]);
        else
            return fail("cannot list '" + std::string(args[1]) +
                        "'; try: legwork list exercises, or legwork list routines");
        first_flag = 2;
    }
    // `validate [DIR]`: the folder is optional.
    if (line.command == Command::validate && args.size() >= 2 && !args[1].starts_with("-")) {
        line.content_dir = std::string(args[1]);
        first_flag = 2;
    }
    if (line.command == Command::progress && args.size() > 1 && args[1] == "export") {
        line.command = Command::progress_export;
        first_flag = 2;
    }
    // `say TEXT`: the words to speak.
    if (line.command == Command::say) {
        if (args.size() < 2 || args[1].starts_with("-") || args[1].empty())
            return fail("say needs the words to speak, like legwork say \"Switch sides\"");
        line.say_text = std::string(args[1]);
        first_flag = 2;
    }
    // `import-model FILE`: the file is needed.
    if (line.command == Command::import_model) {
        if (args.size() < 2 || args[1].starts_with("-"))
            return fail("import-model needs a model file, like legwork import-model avatar.glb");
        line.model = std::string(args[1]);
        first_flag = 2;
    }
    const bool run = line.command == Command::run;
    const bool screenshot = line.command == Command::screenshot;
    const bool bench = line.command == Command::bench;
    const bool motion = line.command == Command::motion;
    const bool progress = line.command == Command::progress;
    const bool progress_export = line.command == Command::progress_export;
    const bool say = line.command == Command::say;
    const bool play = line.command == Command::play;

    ArgumentReader reader(args.subspan(first_flag));
    while (reader.next()) {
        const std::string_view flag = reader.current();
        const std::string where = std::string(command_name(line.command));
        const auto needs_value = [&](std::string_view example) {
            return fail(std::string(flag) + " needs a value, for example " + std::string(flag) +
                        " " + std::string(example));
        };
        const bool is_switch = flag == "--help" || flag == "-h" || flag == "--version" ||
                               flag == "--fullscreen" || flag == "--tv" || flag == "--json" || flag == "--headless" ||
                               flag == "--mirror" || flag == "--csv" || flag == "--routine-timing";
        if (is_switch && reader.has_inline_value())
            return fail(std::string(flag) + " takes no value");

        if (flag == "--help" || flag == "-h") {
            line.command = Command::help;
        } else if (flag == "--version" && run) {
            line.command = Command::version;
        } else if (flag == "--data-dir") {
            const auto value = reader.value();
            if (!value || value->empty()) return needs_value("~/legwork-data");
            line.data_dir = std::string(*value);
        } else if (flag == "--headless" && (run || play)) {
            line.headless = true;
        } else if (flag == "--input-script" && run) {
            const auto value = reader.value();
            if (!value || value->empty()) return needs_value("gamepad-walkthrough.txt");
            line.input_script = std::string(*value);
        } else if (flag == "--now") {
            const auto value = reader.value();
            if (!value) return needs_value("2024-03-10T18:30:00+01:00");
            line.now = parse_iso8601(*value);
            if (!line.now)
                return fail("--now '" + std::string(*value) +
                            "' is not an ISO 8601 time like 2024-03-10T18:30:00+01:00 (without "
                            "the offset: local time in TZ)");
        } else if (flag == "--model" && (run || screenshot || bench)) {
            const auto value = reader.value();
            if (!value || value->empty()) return needs_value("avatar.glb");
            line.model = std::string(*value);
        } else if (flag == "--fullscreen" && run) {
            line.fullscreen = true;
        } else if (flag == "--tv") {
            line.tv = true;
        } else if (flag == "--screen") {
            const auto value = reader.value();
            if (!value) return needs_value("library");
            const auto screen = parse_screen(*value);
            if (!screen)
                return fail("unknown screen '" + std::string(*value) + "'; choose " +
                            screen_choices());
            line.screen = *screen;
            line.screen_given = true;
        } else if (flag == "--size" && (screenshot || bench || run)) {
            const auto value = reader.value();
            if (!value) return needs_value("1920x1080");
            const auto size = parse_size(*value);
            if (!size)
                return fail("--size '" + std::string(*value) +
                            "' is not WIDTHxHEIGHT between 64 and 8192, like 1920x1080");
            line.size = *size;
        } else if ((flag == "-o" || flag == "--output") && (screenshot || say || progress_export)) {
            const auto value = reader.value();
            if (!value || value->empty())
                return needs_value(say ? "cue.wav" : screenshot ? "home.png" : "sessions.csv");
            line.output = std::string(*value);
        } else if (flag == "--rate" && say) {
            const auto value = reader.value();
            if (!value) return needs_value("160");
            const auto rate = parse_int(*value);
            if (!rate || *rate < kMinSpeechRateWpm || *rate > kMaxSpeechRateWpm)
                return fail("--rate '" + std::string(*value) +
                            "' is not a whole number of words a minute from " +
                            std::to_string(kMinSpeechRateWpm) + " to " +
                            std::to_string(kMaxSpeechRateWpm));
            line.rate_wpm = *rate;
        } else if (flag == "--json" && (bench || motion || line.command == Command::list ||
                                        line.command == Command::plan || progress || progress_export)) {
            line.json = true;
        } else if (flag == "--csv" && progress_export) {
            line.csv = true;
        } else if (flag == "--exercise" && (screenshot || bench)) {
            const auto value = reader.value();
            if (!value || value->empty()) return needs_value("full-squat");
            line.exercise = std::string(*value);
        } else if (flag == "--variant" && (motion || screenshot)) {
            const auto value = reader.value();
            if (!value || value->empty()) return needs_value("knees-cave-in");
            line.variant = std::string(*value);
        } else if (flag == "--phase" && screenshot) {
            const auto value = reader.value();
            if (!value || value->empty()) return needs_value("bottom");
            line.phase = std::string(*value);
        } else if (flag == "--at" && screenshot) {
            const auto value = reader.value();
            if (!value) return needs_value("1.5");
            line.at_s = parse_seconds(*value);
            if (!line.at_s)
                return fail("--at '" + std::string(*value) +
                            "' is not a number of seconds from 0 to 3600");
        } else if (flag == "--view" && screenshot) {
            const auto value = reader.value();
            if (!value || !camera_view_from_name(*value))
                return fail("--view takes front, side, threequarter or top");
            line.view = std::string(*value);
        } else if (flag == "--mirror" && screenshot) {
            line.mirror = true;
        } else if (flag == "--side" && (motion || screenshot)) {
            const auto value = reader.value();
            if (!value || (*value != "left" && *value != "right"))
                return fail("--side takes left or right");
            line.side = std::string(*value);
        } else if (flag == "--fps" && motion) {
            const auto value = reader.value();
            if (!value) return needs_value("30");
            const auto fps = parse_int(*value);
            if (!fps || *fps < 1 || *fps > 240)
                return fail("--fps '" + std::string(*value) +
                            "' is not a whole number from 1 to 240");
            line.fps = *fps;
        } else if (flag == "--speed" && play) {
            const auto value = reader.value();
            if (!value) return needs_value("10");
            double speed = 0.0;
            const auto [end, ec] = std::from_chars(value->data(), value->data() + value->size(), speed);
            if (ec != std::errc() || end != value->data() + value->size() || !(speed >= 0.01) ||
                speed > 100000.0)
                return fail("--speed '" + std::string(*value) +
                            "' is not a number of times real time from 0.01 to 100000");
            line.speed = speed;
        } else if (flag == "--events" && play) {
            const auto value = reader.value();
            if (!value || value->empty()) return needs_value("events.jsonl");
            line.events = std::string(*value);
        } else if (flag == "--routine" && bench) {
            const auto value = reader.value();
            if (!value || value->empty()) return needs_value("hamstring-basics");
            line.routine = std::string(*value);
        } else if (flag == "--routine-timing" && bench) {
            line.routine_timing = true;
        } else if (flag == "--seconds" && bench) {
            const auto value = reader.value();
            if (!value) return needs_value("60");
            const auto seconds = parse_int(*value);
            if (!seconds || *seconds < 1 || *seconds > 3600)
                return fail("--seconds '" + std::string(*value) +
                            "' is not a whole number from 1 to 3600");
            line.seconds = *seconds;
        } else if (flag == "--frames" && bench) {
            const auto value = reader.value();
            if (!value) return needs_value("300");
            const auto frames = parse_int(*value);
            if (!frames || *frames < 10 || *frames > 100000)
                return fail("--frames '" + std::string(*value) +
                            "' is not a whole number from 10 to 100000");
            line.frames = *frames;
        } else if (flag.starts_with("-")) {
            return fail("unknown option '" + std::string(flag) + "' for " + where);
        } else {
            return fail("unexpected argument '" + std::string(flag) + "' for " + where);
        }
    }
    if (line.command == Command::screenshot && line.output.empty())
        return fail("screenshot needs -o FILE.png");
    if (screenshot && line.exercise.empty() &&
        (line.variant != "correct" || !line.side.empty() || !line.phase.empty() || line.at_s ||
         !line.view.empty() || line.mirror))
        return fail("--variant, --side, --phase, --at, --view and --mirror show an exercise: add "
                    "--exercise ID");
    if (!line.phase.empty() && line.at_s) return fail("give --phase or --at, not both");
    if (play && !line.headless)
        return fail("play runs a routine without a window and needs --headless: legwork play " +
                    line.routine + " --headless [--speed X] [--events FILE]");
    if (!play && line.headless != !line.input_script.empty())
        return fail("--headless and --input-script go together: legwork --headless --input-script FILE");
    if (line.seconds != CommandLine{}.seconds && !line.routine_timing)
        return fail("--seconds is for bench --routine-timing");
    if (progress_export && line.csv == line.json)
        return fail(line.csv ? "give --csv or --json, not both"
                             : "progress export needs --csv or --json");
    return parsed;
}

std::string usage_text() {
    return R"(legwork - a guided exercise trainer for balanced legs

Usage:
  legwork [--fullscreen] [--tv] [--screen NAME] [--model FILE] [--data-dir DIR]
      Start the app in a window (F11 toggles fullscreen). --tv uses the 10-foot
      layout for a television and starts fullscreen. --model shows your own rigged
      humanoid (glTF/GLB, FBX, Collada, .x, ...) in place of the built-in avatar.
  legwork --headless --input-script FILE [--screen NAME] [--size WxH] [--tv] [--data-dir DIR]
      Run the whole app without a display, fed input from FILE, one step a line:
      <ms> key NAME | <ms> pad BUTTON | <ms> mouse X Y [click] | <ms> screenshot FILE.png
      | <ms> quit (SDL key and game controller button names; # starts a comment).
  legwork screenshot [--screen NAME] [--size WxH] [--tv] -o FILE.png
      Render one screen headless (no display needed) and save it as a PNG.
  legwork screenshot --exercise ID [--phase NAME | --at SECONDS] [--variant correct|MISTAKE]
                     [--side left|right] [--view front|side|threequarter|top] [--mirror]
                     [--model FILE] [--size WxH] -o FILE.png
      Render the avatar doing an exercise: at the end of a phase or a time into the
      rep (default: the end of the first phase), from the exercise's best view; alone
      with a caption, or on the Library screen with --screen library.
  legwork bench [--screen NAME | --exercise ID | --routine ID] [--model FILE] [--size WxH]
                [--frames N] [--json]
      Measure start-up time, frame times, idle CPU and memory, headless; with
      --exercise, with the avatar playing it; with --routine, in the routine's
      first exercise on the player screen.
  legwork bench --routine-timing [--seconds N] [--json]
      Measure how late the routine player's events fire against their planned
      times over N seconds at real speed (default 60), and how far a whole
      20-minute routine's end is from its planned end (played faster).
  legwork motion EXERCISE [--variant correct|MISTAKE] [--side left|right] [--fps N] --json
      Print one cycle of an exercise's demonstration: phases, and the world position
      of every joint and body site per frame (metres, +Y up, floor at y = 0).
  legwork list exercises [--json]
      List the exercises in the content folder: with --json, each one's id, name,
      category, muscles, equipment, cue count and mistake ids.
  legwork list routines [--json] [--data-dir DIR]
      List the routines, built-in and your own: id, name and how long each takes with
      the default timers.
  legwork plan ROUTINE [--json] [--data-dir DIR]
      Print a routine's timeline with your saved timers (timers.yaml in the data
      folder, beside your own routines in routines/): every segment (get ready,
      reps and holds, switch sides, rests) with its start and end, and with --json
      every event (counts, cues, beeps) and the total in seconds.
  legwork play ROUTINE --headless [--speed X] [--data-dir DIR] [--now ISO8601]
                       [--events FILE]
      Play a routine without a window, as the player screen does, at X times real
      time (default 1); a set that waits for "done" is done at its planned end.
      Writes every event with the plan time it fired at to FILE as JSON lines,
      records the session in the save file and prints a summary. With --now the
      session starts then and its clock runs with the played time.
  legwork validate [DIR]
      Check every content file in DIR (default: the app's content folder). Prints
      each problem as file:line:col: message and exits 1 if there are any.
  legwork progress [--json] [--data-dir DIR] [--now ISO8601]
      Your streak (current and best), the goal, what today needs, sessions this
      week and in all, and the last session.
  legwork progress export --csv|--json [-o FILE] [--data-dir DIR]
      Every session with its results and self-test notes, to FILE or the terminal.
  legwork say TEXT [--rate WPM] [-o FILE.wav]
      Speak TEXT in the routine's voice (espeak-ng) at WPM words a minute (80 to 400,
      default 160), or write it to a WAV file.
  legwork import-model FILE
      Check a model for --model: prints its meshes, bones, which bone is which
      joint, its units and height; or why it cannot be used (exit 1).
  legwork --help | --version

Screens: home, library, routines, progress, settings (default: home).
Size defaults to 1920x1080.

--now ISO8601 (on every command) fixes the wall clock, as in --now 2024-03-10T18:30:00+01:00;
a time without an offset is local time in the zone TZ names.

User data (save file, settings, timers) lives in --data-dir, else $LEGWORK_DATA_DIR,
else $XDG_DATA_HOME/legwork, else ~/.local/share/legwork.

Exit codes: 0 success, 1 failure (reason on stderr), 2 command line not understood.
)";
}

} // namespace legwork
