"""English: every text of the source modules, under the same names, with the same {fields}.

Written for an emergency-management reader in the UK or the EU: inject, facilitator,
exercise control, response cell, decision log, situation board, after-action report,
action plan. Norwegian legal references stay as they are: a report marked under the
Freedom of Information Act (offentleglova) keeps its § reference in any language.
"""

from __future__ import annotations

from ovelse.exercise.kinds import (
    ActionStatus,
    EntryKind,
    EvaluationField,
    EvaluationSection,
    InjectStatus,
    MarkingKind,
    Priority,
    Rating,
    RunState,
)
from ovelse.i18n.catalogues import Catalogue, ModuleCatalogue

CLI_TEXTS: ModuleCatalogue = {
    "DESCRIPTION": "Øvelse – discussion-based exercises for municipalities, offline.",
    "VERSION": "Øvelse {version}",
    "USAGE": "usage: ",
    "OPTIONS": "options",
    "ARGUMENTS": "arguments",
    "COMMANDS": "commands",
    "COMMAND_METAVAR": "COMMAND",
    "PATH_METAVAR": "PATH",
    "FILE_METAVAR": "FILE",
    "FOLDER_METAVAR": "FOLDER",
    "SESSION_METAVAR": "SESSION",
    "ERROR": "{prog}: error: {message}",
    "HELP_HELP": "show this help and exit",
    "HELP_VERSION": "show the version and exit",
    "HELP_LANG": (
        "language of the program and the report: nb (Norwegian Bokmål), "
        "nn (Norwegian Nynorsk) or en (English)"
    ),
    "HELP_BASEDIR": "folder for settings and sessions (for testing)",
    "HELP_GUI": "start the program (default)",
    "HELP_GUI_SESSION": "session file (.ovelse) to open",
    "HELP_VALIDATE": "check scenario packs and profiles",
    "HELP_VALIDATE_PATHS": "folder holding scenario.yaml, or a profile in profiles/",
    "HELP_SCENARIOS": "list the built-in scenario packs",
    "HELP_SCENARIOS_JSON": "print the list as JSON",
    "HELP_SCHEMA": "print the JSON Schema of the scenario format",
    "HELP_SCHEMA_PROFILE": "the schema for profiles",
    "HELP_SCHEMA_OUTPUT": "file to write to (standard output otherwise)",
    "HELP_EXPORT": "export a session as JSON or CSV",
    "HELP_EXPORT_FORMAT": "json: the whole session; csv: the decision log",
    "HELP_REPORT": "make the after-action report (PDF) of a session",
    "HELP_REPORT_BY_ROLE": "add the decision log by role as an extra appendix",
    "HELP_REPORT_PUBLIC": "write the public version: without what is marked exempt",
    "HELP_REPORT_FORMAT": "pdf: for print and archive; docx: for editing in Word (the accessible one)",
    "HELP_EXPORT_DREIEBOK": "write a scenario pack as an exercise timeline in Excel (.xlsx) or CSV",
    "HELP_EXPORT_DREIEBOK_PACK": "the pack folder, or the id of a built-in pack",
    "HELP_EXPORT_DREIEBOK_PROFILE": "write the texts as this profile makes them (id or file)",
    "HELP_EXPORT_DREIEBOK_CSV": "write only the inject sheet, as CSV (UTF-8, semicolons)",
    "HELP_IMPORT_DREIEBOK": "read an exercise timeline (.xlsx or .csv) into a scenario pack",
    "HELP_IMPORT_DREIEBOK_FILE": "the workbook or CSV file",
    "HELP_IMPORT_DREIEBOK_OUTPUT": "new folder for the pack",
    "HELP_IMPORT_DREIEBOK_MAP": "column mapping (YAML) for a sheet with its own column names",
    "HELP_IMPORT_DREIEBOK_DRY_RUN": "show what would be made, and every problem, without writing",
    "HELP_IMPORT_DREIEBOK_MEDIA": "the folder the pictures are in (else the workbook's folder)",
    "HELP_IMPORT_DREIEBOK_INTO": "the pack that gives the sheets the workbook lacks (roles, goals …)",
    "HELP_IMPORT_DREIEBOK_START": "the clock time the exercise starts, HH:MM, when times are clock times",
    "HELP_SESSION": "the session file (.ovelse)",
    "HELP_OUTPUT": "the file to write",
    "VALIDATE_PROFILE_OK": "{path}: OK (profile for “{pack}”)",
    "VALIDATE_PACK_OK": "{path}: OK ({injects} injects, {profiles} profiles)",
    "SCENARIO_LINE": "{region} · {hazard} · {injects} injects · {duration} · profiles: {profiles}",
    "WROTE": "Wrote {path}",
    "WROTE_REPORT": "Wrote {path} ({pages} pages)",
    "WRITE_FAILED": "ovelse: could not write “{path}”: {error}",
    "NOTE": "note: {note}",
    "IMPORT_REFUSED": "ovelse: no pack written – {count} problems must be fixed first",
    "DRY_RUN_DONE": "Dry run: nothing was written.",
    "NEED_OUTPUT": "give the folder to write the pack to (-o FOLDER), or --dry-run",
    "BAD_START": "ovelse: “{start}” is not a clock time (write HH:MM, e.g. 09:00)",
    "NO_DISPLAY": (
        "Øvelse cannot find a screen to open its window on (neither DISPLAY nor "
        "WAYLAND_DISPLAY is set); start the program from the desktop, or use the commands "
        "“ovelse validate”, “ovelse report” and “ovelse export”, which work without a screen."
    ),
    "MISSING_LIBRARIES": (
        "Qt lacks system libraries it needs to open windows; install them with "
        "“sudo apt install {packages}” and start Øvelse again."
    ),
}

LABELS: ModuleCatalogue = {
    "SCENARIO_DAY": "Day {day}, {clock}",
    "SCENARIO_CLOCK": "{clock}",
    "SCENARIO_DATE": "{weekday} {day} {month}, {clock}",
    "WEEKDAYS": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "MONTHS": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "RUN_STATES": {
        RunState.NOT_STARTED: "Not started",
        RunState.RUNNING: "Running",
        RunState.PAUSED: "Paused",
        RunState.ENDED: "Ended",
    },
    "INJECT_STATUSES": {
        InjectStatus.PENDING: "Waiting",
        InjectStatus.DUE: "Due now",
        InjectStatus.RELEASED: "Released",
        InjectStatus.SKIPPED: "Skipped",
    },
    "ENTRY_KINDS": {
        EntryKind.DECISION: "Decision",
        EntryKind.ACTION: "Action",
        EntryKind.QUESTION: "Question",
        EntryKind.OBSERVATION: "Observation",
        EntryKind.LEARNING_POINT: "Learning point",
    },
    "RATINGS": {
        Rating.WELL: "Well met",
        Rating.PARTLY: "Partly met",
        Rating.NOT: "Not met",
        Rating.NOT_EXERCISED: "Not exercised",
    },
    "NOT_RATED": "Not assessed",
    "ACTION_STATUSES": {
        ActionStatus.NOT_STARTED: "Not started",
        ActionStatus.IN_PROGRESS: "In progress",
        ActionStatus.DONE: "Done",
    },
    "PRIORITIES": {
        Priority.HIGH: "High",
        Priority.MEDIUM: "Medium",
        Priority.LOW: "Low",
    },
    "NO_PRIORITY": "Not set",
    "MARKINGS": {
        MarkingKind.NONE: "",
        MarkingKind.OFFL_24: (
            "Exempt from public disclosure, cf. Freedom of Information Act (offl.) "
            "§ 24 third paragraph"
        ),
        MarkingKind.OFFL_21: (
            "Exempt from public disclosure, cf. Freedom of Information Act (offl.) § 21"
        ),
        MarkingKind.CUSTOM: "",
    },
    "MARKING_CHOICES": {
        MarkingKind.NONE: "No marking (public)",
        MarkingKind.OFFL_24: (
            "Exempt from public disclosure, cf. Freedom of Information Act (offl.) "
            "§ 24 third paragraph"
        ),
        MarkingKind.OFFL_21: (
            "Exempt from public disclosure, cf. Freedom of Information Act (offl.) § 21"
        ),
        MarkingKind.CUSTOM: "Custom text …",
    },
    "EVALUATION_SECTIONS": {
        EvaluationSection.STRENGTHS: "What worked well",
        EvaluationSection.IMPROVEMENTS: "Areas for improvement",
        EvaluationSection.LEARNING_POINTS: "Learning points",
        EvaluationSection.ACTION_PLAN: "Action plan",
    },
    "EVALUATION_FIELDS": {
        EvaluationField.SUMMARY: "Summary",
        EvaluationField.WAY_FORWARD: "Way forward",
        EvaluationField.FACILITATOR: "Facilitator",
        EvaluationField.EVALUATOR: "Evaluator",
        EvaluationField.DATE: "Date",
        EvaluationField.PLACE: "Venue",
        EvaluationField.BACKGROUND: "Background and purpose",
        EvaluationField.ASSUMPTIONS: "Exercise assumptions",
        EvaluationField.METHOD: "How the exercise was evaluated",
    },
    "HOLD_SCREEN": "Pause between injects",
    "ADHOC_SOURCE": "Exercise control",
    "OVERRIDE_SOURCE": "Changed by the facilitator",
    "DUE_NOW": "now",
    "DUE_IN_SECONDS": "in {n} s",
    "DUE_IN_MINUTES": "in {n} min",
    "OVERDUE_SECONDS": "{n} s overdue",
    "OVERDUE_MINUTES": "{n} min overdue",
    "LOG_COLUMNS": (
        "No.",
        "Time (exercise)",
        "Time (clock)",
        "Scenario time",
        "Inject",
        "Type",
        "Roles",
        "Text",
        "Responsible",
        "Deadline",
        "Last changed (clock)",
    ),
    "WALL_FORMAT": "%d/%m/%Y %H:%M:%S",
    "CSV_TIME_ZONE": "Clock times in the time zone {zone}",
    "ENTRY_OWNER": "Responsible: {owner}",
    "ENTRY_DEADLINE": "Deadline: {deadline}",
    "ENTRY_EDITED": "(edited)",
}

REPORT_TEXTS: ModuleCatalogue = {
    "PDF_LANGUAGE": "en-GB",
    "REPORT_KIND": "After-action report",
    "DEFAULT_EXERCISE_FORM": "Discussion-based exercise",
    "CREATOR": "Øvelse {version}",
    "SUBJECT": "After-action report ({form}) – {municipality}",
    "KEYWORDS": ("after-action report", "exercise", "emergency preparedness", "crisis management"),
    "PAGE_OF": "Page {page} of {total}",
    "NOT_FILLED_IN": "Not filled in.",
    "NONE_RECORDED": "None recorded.",
    "COVER_FACTS_FORM": "Type of exercise",
    "COVER_FACTS_DATE": "Date",
    "COVER_FACTS_PLACE": "Venue",
    "COVER_FACTS_SCENARIO": "Scenario",
    "COVER_FACTS_FACILITATOR": "Facilitator",
    "COVER_FACTS_EVALUATOR": "Evaluator",
    "COVER_PUBLIC": "Public",
    "CH_SUMMARY": "Summary",
    "CH_BACKGROUND": "Background, purpose and objectives",
    "CH_ABOUT": "About the exercise",
    "CH_TIMELINE": "Timeline",
    "CH_FINDINGS": "Findings by objective",
    "CH_LEARNING": "Learning points",
    "CH_ACTIONS": "Action plan",
    "CH_WAY_FORWARD": "Way forward",
    "APPENDIX": "Appendix {letter}",
    "AP_LOG_BY_INJECT": "Decision log by inject",
    "AP_LOG_BY_ROLE": "Decision log by role",
    "AP_INJECTS": "Injects as they were shown",
    "AP_PARTICIPANTS": "List of participants",
    "SEC_BACKGROUND": "Background and purpose",
    "SEC_BACKSTORY": "The scenario's back-story",
    "SEC_ASSUMPTIONS": "Exercise assumptions",
    "SEC_METHOD": "How the exercise was evaluated",
    "DEFAULT_ASSUMPTIONS": (
        "The scenario is fictitious. Figures, names, times and events in the injects are "
        "exercise figures and exercise assumptions, not information about real conditions. "
        "Actors who were not present were played by the exercise control (response cell)."
    ),
    "DEFAULT_EVALUATION_METHOD": (
        "The evaluation draws on the decision log kept during the exercise, on what the "
        "exercise control and the observers noted, and on a hot wash with the participants "
        "right after the exercise. Each objective and sub-objective is rated as well met, "
        "partly met, not met or not exercised."
    ),
    "SEC_GOALS": "Objectives and sub-objectives",
    "SEC_SCENARIO": "Scenario",
    "SEC_PHASES": "Phases",
    "SEC_ROLES": "Participants and roles",
    "SEC_CONTROL": "Exercise control",
    "SEC_STRENGTHS": "What worked well",
    "SEC_IMPROVEMENTS": "Areas for improvement",
    "SEC_OTHER_FINDINGS": "Findings not tied to a single objective",
    "SEC_NO_INJECT": "Log entries without an inject",
    "SEC_NO_ROLE": "No role",
    "GOAL": "Objective {number}",
    "SUBGOAL": "Sub-objective {number}",
    "GOAL_HEADING": "Objective {number}: {title}",
    "INDICATOR": "Indicator: {indicator}",
    "RATING_COMMENT": "Assessment",
    "HAZARD": "Hazardous event",
    "PLANNED_DURATION": "Planned duration",
    "ACTUAL_DURATION": "Actual duration",
    "INJECT_COUNT": "Injects",
    "INJECT_COUNT_VALUE": "{given} released, {skipped} skipped, {waiting} not released",
    "ENTRY_COUNT": "Log entries",
    "FACILITATOR": "Facilitator",
    "EVALUATOR": "Evaluator",
    "PHASE_INJECTS": "injects: {count}",
    "LINKS_PREFIX": "Linked to: ",
    "LINK_GOALS": "objective {items}",
    "LINK_INJECTS": "inject {items}",
    "LINK_ENTRIES": "log {items}",
    "COL_NUMBER": "No.",
    "COL_PLANNED": "Planned",
    "COL_RELEASED": "Released",
    "COL_DEVIATION": "Deviation",
    "COL_COMMENT": "Comment",
    "COL_MEASURE": "Action",
    "COL_OWNER": "Responsible",
    "COL_DEADLINE": "Deadline and status",
    "COL_PLAN_SECTION": "Plan/ROS section",
    "COL_PRIORITY": "Priority",
    "COL_EXERCISE_TIME": "Exercise time",
    "COL_WALL_TIME": "Time",
    "COL_KIND": "Type",
    "COL_ROLES": "Roles",
    "COL_TEXT": "Logged",
    "COL_INJECT": "Inject",
    "COL_NAME": "Name",
    "COL_ORGANISATION": "Organisation",
    "COL_ROLE": "Role",
    "COL_PRESENT": "Present",
    "COL_ROLE_TITLE": "Role",
    "COL_ROLE_DESCRIPTION": "Responsibility in the exercise",
    "COL_ROLE_PEOPLE": "Filled by",
    "YES": "Yes",
    "NO": "No",
    "WALL_CLOCK": "at {time}",
    "LOG_TIME_ZONE": "Clock times (at) are in the time zone {zone}.",
    "INJECT_PLANNED": "Planned {time}",
    "INJECT_RELEASED": "released {time}",
    "INJECT_TITLE": "Inject {number}: {title}",
    "INJECT_SKIPPED": "Skipped",
    "INJECT_SKIPPED_INLINE": "skipped",
    "INJECT_NOT_GIVEN": "Not released",
    "INJECT_NOT_GIVEN_INLINE": "not released",
    "INJECT_ADHOC": "Added during the exercise",
    "INJECT_SCENARIO_TIME": "Scenario time: {time}",
    "INJECT_SOURCE": "From: {source}",
    "INJECT_DELAY_LATE": "{minutes} min late",
    "INJECT_DELAY_EARLY": "{minutes} min early",
    "INJECT_DELAY_ON_TIME": "on time",
    "TIMELINE_INTRO": (
        "The figure shows when each inject was planned and when it was actually released, "
        "in exercise time (time since the start, not counting pauses). A slanting line means "
        "that the inject was released earlier or later than planned. The bottom row shows "
        "how many log entries were made per {minutes} minutes, by type."
    ),
    "TIMELINE_CAPTION": "Figure 1. Injects and log entries over the exercise time.",
    "TIMELINE_ALT": (
        "Timeline of the exercise: {given} of {injects} injects were released, shown as "
        "planned against actual time, and {entries} log entries, {decisions} of them "
        "decisions, counted per {minutes} minutes. The table below the figure gives the same "
        "times."
    ),
    "CONTENTS": "Contents",
    "CONTENTS_UPDATE": "The table of contents is filled in when the fields are updated (F9 in Word).",
    "REPORT_KIND_PUBLIC": "Public version",
    "PUBLIC_NOTICE": (
        "This is the public version of the report. What is exempt from public access has "
        "been left out: {parts}. Legal basis: {basis}."
    ),
    "PUBLIC_NOTICE_NO_BASIS": (
        "This is the public version of the report. What is marked exempt has been left out: "
        "{parts}. The session names no legal basis; add it before the report is sent out."
    ),
    "PUBLIC_NOTHING_LEFT_OUT": "This is the public version of the report. Nothing was left out.",
    "BASIS_OFFL_24": "Freedom of Information Act (offentleglova) section 24 (3)",
    "BASIS_OFFL_21": "Freedom of Information Act (offentleglova) section 21",
    "PUBLIC_PART_ITEMS": "evaluation items ({count})",
    "PUBLIC_PART_ENTRIES": "log entries ({count})",
    "PUBLIC_PART_ASSESSMENTS": "verdicts on goals ({count})",
    "PUBLIC_PART_TEXTS": "text fields: {names}",
    "PUBLIC_PART_APPENDIX": "the appendix “{title}”",
    "PUBLIC_TEXT_LEFT_OUT": "Left out of the public version.",
    "PUBLIC_RATING_LEFT_OUT": "Left out",
    "LANE_PLANNED": "Planned",
    "LANE_RELEASED": "Released",
    "LANE_LOG": "Log",
    "LEGEND_SKIPPED": "Skipped",
    "LEGEND_ADHOC": "Added during the exercise",
    "AXIS_LABEL": "Exercise time",
    "DATE_RANGE_SEPARATOR": "–",
    "DATE_LONG": "{day} {month} {year}",
    "DATE_DAY": "{day}",
    "DATE_DAY_MONTH": "{day} {month}",
    "DATE_SHORT": "{day:02d}/{month:02d}/{year}",
    "DURATION_HOURS_MINUTES": "{hours} h {minutes} min",
    "DURATION_HOURS": "{hours} h",
    "DURATION_MINUTES": "{minutes} min",
}

UI_TEXTS: ModuleCatalogue = {
    "APP_NAME": "Øvelse",
    "WINDOW_TITLE": "Øvelse – discussion-based exercises",
    "WINDOW_TITLE_SESSION": "{title} – Øvelse",
    "STEP_LIBRARY": "1 Library",
    "STEP_PREPARE": "2 Prepare",
    "STEP_RUN": "3 Run",
    "STEP_EVALUATE": "4 Evaluate",
    "STEP_REPORT": "5 Report",
    "MENU_FILE": "&File",
    "MENU_EXERCISE": "E&xercise",
    "MENU_VIEW": "&View",
    "MENU_HELP": "&Help",
    "ACTION_OPEN_SESSION": "Open session …",
    "ACTION_OPEN_FOLDER": "Open folder …",
    "ACTION_EXPORT_DREIEBOK": "Export timeline …",
    "ACTION_IMPORT_DREIEBOK": "Import timeline …",
    "DREIEBOK_EXPORT_CAPTION": "Save the exercise timeline as a spreadsheet",
    "DREIEBOK_EXPORT_FILTER": "Excel workbook (*.xlsx);;CSV UTF-8, injects only (*.csv)",
    "DREIEBOK_IMPORT_CAPTION": "Choose an exercise timeline (Excel or CSV)",
    "DREIEBOK_IMPORT_FILTER": "Spreadsheets (*.xlsx *.csv)",
    "DREIEBOK_NO_PACK": "Choose a pack in the library first; that is the one written as a timeline.",
    "EDITOR_DREIEBOK_NOT_LOADABLE": (
        "The draft has errors to fix before it can be written as a timeline; see the list of errors."
    ),
    "DREIEBOK_EXPORTED": "Wrote the timeline to {path}",
    "DREIEBOK_EXPORT_FAILED": "The timeline could not be written:\n{error}",
    "DREIEBOK_IMPORT_TITLE": "Import timeline",
    "DREIEBOK_IMPORT_INTRO": (
        "Choose what each column of “{file}” is read as. The choices are remembered for "
        "sheets with the same columns."
    ),
    "DREIEBOK_COLUMN_THEIRS": "Column in the sheet",
    "DREIEBOK_COLUMN_OURS": "Read as",
    "DREIEBOK_COLUMN_SKIP": "(not read)",
    "DREIEBOK_CHECK": "&Check",
    "DREIEBOK_IMPORT": "&Import",
    "DREIEBOK_CANCEL": "Cancel",
    "DREIEBOK_START": "Clock times in the sheet count from",
    "DREIEBOK_HEADER_ROW": "The headers are in &row",
    "DREIEBOK_OK": "No problems. This will be made:",
    "DREIEBOK_PROBLEMS": "{count} problems must be fixed in the spreadsheet first:",
    "DREIEBOK_NOTE": "note: {note}",
    "DREIEBOK_REFUSED": "The file cannot be imported:",
    "DREIEBOK_IMPORTED": "The pack “{title}” is saved in {folder}.",
    "ACTION_CLOSE_SESSION": "Close the session",
    "ACTION_QUIT": "Quit",
    "SAVE_AS_ACTION": "Save as …",
    "SAVE_AS_TITLE": "Save the session as",
    "SAVE_AS_HINT": (
        "Choose File → Save as … to carry on in a new file; nothing already saved is lost."
    ),
    "SAVE_AS_DONE": "The session carries on in {path}.",
    "SAVE_AS_FAILED": "Could not save the session as “{path}”: {error}",
    "SAVE_AS_COPY": "{stem} (copy)",
    "MENU_LANGUAGE": "Language",
    "LANGUAGE_RESTART": "Øvelse will use the new language the next time it starts.",
    "ACTION_SHORTCUTS": "Keyboard shortcuts",
    "ACTION_ABOUT": "About Øvelse",
    "ABOUT_TEXT": (
        "Øvelse {version}\n\nDiscussion-based exercises for municipalities, offline.\n"
        "The program never connects to the Internet."
    ),
    "LIBRARY_HEADING": "Choose a scenario pack",
    "LIBRARY_BUILTIN": "Built-in scenario packs",
    "LIBRARY_RECENT": "Recent sessions",
    "LIBRARY_NO_RECENT": "No sessions yet.",
    "LIBRARY_OPEN_FOLDER": "Open folder …",
    "LIBRARY_OPEN_SESSION": "Open session …",
    "LIBRARY_PREPARE": "Prepare the exercise",
    "LIBRARY_REOPEN": "Open the selected session",
    "LIBRARY_PACK_DETAILS": "{region} · {hazard} · {injects} injects · {duration}",
    "LIBRARY_PACK_PROFILES": "Profiles: {profiles}",
    "LIBRARY_NO_PROFILES": "No ready-made profiles – fill in the form",
    "LIBRARY_BROKEN": "Cannot be used: {name}",
    "LIBRARY_ERRORS_HEADING": "Errors in the pack",
    "LIBRARY_MISSING_FILE": "{path} (no longer exists)",
    "CHOOSE_PACK_FOLDER": "Choose the folder that holds scenario.yaml",
    "CHOOSE_SESSION_FILE": "Open session",
    "SESSION_FILTER": "Øvelse sessions (*.ovelse)",
    "RESUME_BANNER": (
        "The session “{name}” was not closed properly last time. "
        "Do you want to carry on where you left off?"
    ),
    "RESUME_YES": "Carry on with the session",
    "RESUME_NO": "Not now",
    "ANSWER_YES": "Yes",
    "ANSWER_NO": "No",
    "PREPARE_HEADING": "Prepare: {title}",
    "PREPARE_PROFILE": "Local adaptation",
    "PREPARE_PROFILE_CUSTOM": "Own values (fill in the form)",
    "PREPARE_PROFILE_DEFAULTS": "Default values",
    "PREPARE_VARIABLES": "Values",
    "PREPARE_PREVIEW": "Preview of the injects",
    "PREPARE_PREVIEW_EMPTY": "Select an inject to see its text as it will be shown.",
    "PREPARE_ROLES": "Roles around the table",
    "PREPARE_ROLE_ESSENTIAL": "{title} (should take part)",
    "PREPARE_PARTICIPANTS": "Participants",
    "PREPARE_PARTICIPANT_HINT": "Names are optional: many municipalities log only the role.",
    "PREPARE_ADD_PARTICIPANT": "Add participant",
    "PREPARE_REMOVE_PARTICIPANT": "Remove participant",
    "PREPARE_PARTICIPANT_COLUMNS": ("Name", "Organisation", "Roles"),
    "PREPARE_AUTO_RELEASE": "Release injects automatically when they are due",
    "PREPARE_SHORT_VERSION": "Short version ({minutes} min)",
    "PREPARE_OPTIONAL_INJECT": "{title} (optional)",
    "PREPARE_SAVE_AS": "Session file",
    "PREPARE_CHOOSE_FILE": "Choose …",
    "PREPARE_START": "Create the session and go to Run",
    "PREPARE_BACK": "Back to the library",
    "PREPARE_RENDER_ERROR": "The texts cannot be made with these values:",
    "PREPARE_FILE_EXISTS": "The file “{path}” already exists. Choose another name.",
    "PREPARE_NO_FILE": "Choose where to save the session.",
    "PREPARE_MISSING_ESSENTIAL": "These roles should take part: {roles}.",
    "PREPARE_CREATE_FAILED": "The session could not be created: {error}",
    "PREPARE_ROLE_LIST_EMPTY": "(no roles chosen)",
    "PREPARE_PREVIEW_PARTICIPANTS": "Participants see",
    "PREPARE_PREVIEW_FACILITATOR": "Only the facilitator sees",
    "INJECT_NOTES": "Notes for the facilitator",
    "INJECT_QUESTIONS": "Discussion questions",
    "INJECT_EXPECTED": "Expected actions",
    "INJECT_STALL": "If the discussion stalls",
    "INJECT_RESPONSES": "Response cell",
    "INJECT_MEDIA": "Images",
    "INJECT_BOARD": "Updates the situation board",
    "INJECT_SOURCE": "From: {source}",
    "INJECT_PLANNED": "Planned {offset}",
    "INJECT_SCENARIO_TIME": "Scenario time: {time}",
    "INJECT_ROLES": "to {roles}",
    "INJECT_RESPONSE_LINE": "{actor} ({channel})",
    "CLOCK_EXERCISE": "Exercise time",
    "CLOCK_SCENARIO": "Scenario time",
    "CLOCK_WALL": "Clock",
    "CLOCK_WALL_ZONE": "The clock in the session's time zone, {zone}, as in the log and report",
    "STATE_PAUSED": "PAUSED",
    "STATE_RUNNING": "RUNNING",
    "STATE_NOT_STARTED": "NOT STARTED",
    "STATE_ENDED": "ENDED",
    "CONSOLE_CURRENT": "Now",
    "CONSOLE_NOTHING_SHOWN": "No injects have been released yet.",
    "CONSOLE_HOLD_SHOWN": "The participant screen is showing the holding screen.",
    "CONSOLE_NEXT": "Next inject",
    "CONSOLE_NO_MORE": "All injects have been released or skipped.",
    "CONSOLE_DUE_BANNER": "Inject due: {title} ({due})",
    "CONSOLE_SHOWN_PREVIOUS": "Showing an earlier inject: {title}",
    "BTN_START": "Start the exercise",
    "BTN_PAUSE": "Pause",
    "BTN_RESUME": "Resume",
    "BTN_RELEASE_NEXT": "Release next inject",
    "BTN_RELEASE_CHOSEN": "Release selected inject",
    "BTN_SKIP": "Skip selected",
    "BTN_SHOW_PREVIOUS": "Show earlier …",
    "BTN_HOLD": "Show holding screen",
    "BTN_ADHOC": "New inject …",
    "BTN_BOARD": "Situation board …",
    "BTN_END": "End the exercise",
    "BTN_PARTICIPANT": "Participant screen",
    "BTN_EVALUATE": "Go to evaluation",
    "SCREEN_CHOICE": "Participant screen on",
    "SCREEN_SAME": "{name} (same screen – switch with F12)",
    "SCREEN_OTHER": "{name}",
    "SCREEN_NAME": "Screen {number} – {width}×{height}",
    "SCREEN_NAME_MODEL": "Screen {number}: {model} – {width}×{height}",
    "SOUND_ON_DUE": "Sound when an inject is due",
    "AUTO_RELEASE_LABEL": "Automatic injects",
    "CONFIRM_END_TITLE": "End the exercise?",
    "CONFIRM_END": (
        "The exercise ends and the clock stops. "
        "You can still correct the log and write the evaluation."
    ),
    "CONFIRM_SKIP_TITLE": "Skip the inject?",
    "CONFIRM_QUIT_TITLE": "Quit the program?",
    "CONFIRM_QUIT": (
        "The exercise is under way. Everything logged is saved, and when the session is"
        " opened again the clock stands paused from now. Quit the program?"
    ),
    "CONFIRM_EVALUATE_TITLE": "Go to the evaluation?",
    "CONFIRM_EVALUATE": (
        "The exercise has not ended, and the clock keeps running. Go to the evaluation"
        " anyway? End the exercise with “End the exercise” when you are done."
    ),
    "CONFIRM_SKIP": "“{title}” will not be released. The log will record that it was skipped.",
    "DOWNTIME_PAUSED": (
        "The exercise is paused at {time}: the time the program was closed does not count"
        " as exercise time. Resume when the room is ready."
    ),
    "COVERED_TYPING": "Log: {kind} · {roles} · {count} characters",
    "COVERED_HINT": "Enter saves · F12 shows the console",
    "COVERED_REFUSED": "{key} works only in the console – F12 shows it",
    "RESUME_SHOW_CONSOLE_TITLE": "Show the console?",
    "RESUME_SHOW_CONSOLE": (
        "The participant screen was up when the program stopped, and now shows the hold"
        " screen. Show the facilitator console, with its notes, on this screen now? Answer"
        " no if the room shares this screen: F12 switches when you are ready."
    ),
    "CHOOSE_PREVIOUS_TITLE": "Show an earlier inject",
    "CHOOSE_PREVIOUS_LABEL": "Which inject should the participant screen show again?",
    "ENGINE_REFUSED": "{message}",
    "STORE_FAILED": (
        "Could not save to the session file: {error}. Nothing on screen is lost – try again."
    ),
    "READ_ONLY": "The session is open elsewhere and is shown read-only.",
    "READ_ONLY_HELD": (
        "“{name}” is open for changes in another Øvelse window {where}{since}. Here you can "
        "only read the session."
    ),
    "HELD_HERE": "on this computer (process {pid})",
    "HELD_ON_HOST": "on {host} (process {pid})",
    "HELD_ELSEWHERE": "in another program",
    "HELD_SINCE": " since {time}",
    "HELD_SINCE_FORMAT": "%d %B %Y at %H:%M",
    "RESUME_HELD": (
        "The session “{name}” is open in another Øvelse window {where}{since}. You can open "
        "it read-only here."
    ),
    "RESUME_READ_ONLY": "Open read-only",
    "TAKE_OVER": "Take over the session",
    "TAKE_OVER_TITLE": "Take over the session?",
    "TAKE_OVER_QUESTION": (
        "“{name}” is open for changes in another Øvelse window {where}{since}.\n\n"
        "If you take it over, changes are saved from here and the other window can no "
        "longer save. Only do this when the other window is no longer in use, for example "
        "when its computer has hung.\n\nDo you want to take over the session?"
    ),
    "SCHEDULE_COLUMNS": ("Planned", "Inject", "Status"),
    "SCHEDULE_STATUS_DUE": "{status} – {due}",
    "SCHEDULE_ADHOC": "extra",
    "SCHEDULE_SHOWN": " (on screen)",
    "ADHOC_TITLE": "New inject",
    "ADHOC_HEADING": "Heading",
    "ADHOC_TEXT": "Text for the participants",
    "ADHOC_NOTES": "Notes for the facilitator (not shown on the participant screen)",
    "ADHOC_QUESTION": "Discussion question (optional)",
    "ADHOC_QUESTION_ROLES": "Addressed to",
    "ADHOC_RELEASE": "Release the inject now",
    "BOARD_TITLE": "Update the situation board",
    "BOARD_ITEM": "Item",
    "BOARD_VALUE": "Value",
    "BOARD_STATUS": "Status",
    "BOARD_APPLY": "Update",
    "BOARD_STATUS_LABELS": {
        "normal": "Normal",
        "redusert": "Reduced",
        "kritisk": "Critical",
        "ukjent": "Unknown",
    },
    "LOG_HEADING": "Decision log",
    "LOG_PLACEHOLDER": "Write what was decided, done or asked – Enter saves",
    "LOG_ROLE": "Role",
    "LOG_KIND": "Type",
    "LOG_INJECT": "Inject",
    "LOG_ALL_ROLES": "All roles",
    "LOG_ALL_KINDS": "All types",
    "LOG_ALL_INJECTS": "All injects",
    "LOG_NO_INJECT": "(no inject)",
    "LOG_COLUMNS": ("Time", "Role", "Type", "Text", "Inject"),
    "LOG_EDIT": "Edit",
    "LOG_DELETE": "Delete",
    "LOG_HISTORY": "History",
    "LOG_CONFIRM_DELETE_TITLE": "Delete the log entry?",
    "LOG_CONFIRM_DELETE": (
        "“{text}” is removed from the log. It stays in the history and can be restored."
    ),
    "LOG_EDIT_TITLE": "Edit log entry",
    "LOG_HISTORY_TITLE": "History of the log entry",
    "LOG_HISTORY_LINE": "{time} · {action} · {kind} · {roles}\n{text}",
    "LOG_ACTIONS": {
        "added": "written",
        "edited": "edited",
        "deleted": "deleted",
        "restored": "restored",
    },
    "LOG_OWNER": "Responsible",
    "LOG_DEADLINE": "Deadline",
    "LOG_SAVED": "Saved {time}",
    "LOG_NEED_ROLE": (
        "Choose a role: Alt+1–9, or type the role's abbreviation followed by a colon (e.g. “ord:”)."
    ),
    "LOG_ROLE_HINT": (
        "Alt+1–9 chooses a role · Alt+Shift+1–9 adds one · Ctrl+B/T/S/O/L chooses the type"
        " · Enter saves"
    ),
    "LOG_COUNT": "{shown} of {total} entries",
    "LOG_NOT_SAVED": "NOT SAVED: {message}",
    "LOG_PIN": "Pin role",
    "LOG_PIN_TIP": "Keep the chosen roles for the next entry ({key})",
    "LOG_ROLES_PINNED": "{roles} (pinned)",
    "LOG_NO_ROLE_CHIP": "No role chosen",
    "LOG_ROLE_BUTTON_TIP": "Alt+{number} chooses the role · Alt+Shift+{number} or Ctrl+click adds it",
    "LOG_ROLE_BUTTON_TIP_NO_KEY": "Click chooses the role · Ctrl+click adds it",
    "PARTICIPANT_WINDOW_TITLE": "Øvelse – participant screen",
    "HOLD_BEFORE": "The exercise will start shortly",
    "HOLD_PAUSE": "Pause",
    "HOLD_BETWEEN": "The next inject is coming",
    "HOLD_ENDED": "The exercise has ended – thank you for taking part",
    "STAGE_QUESTIONS": "Discussion questions",
    "STAGE_BOARD": "Situation board",
    "STAGE_QUESTION_ROLES": "→ {roles}",
    "STAGE_STATUS": {
        "normal": "NORMAL",
        "redusert": "REDUCED",
        "kritisk": "CRITICAL",
        "ukjent": "UNKNOWN",
    },
    "EVAL_HEADING": "Evaluation",
    "EVAL_GOALS": "Objectives and how well they were met",
    "EVAL_GOAL_COMMENT": "Comment",
    "EVAL_NOT_RATED": "Not assessed",
    "EVAL_NO_GOALS": "The scenario has no objectives to assess.",
    "EVAL_FINDINGS": "Findings",
    "EVAL_ADD": "Add",
    "EVAL_EDIT": "Edit",
    "EVAL_DELETE": "Delete",
    "EVAL_UP": "Move up",
    "EVAL_DOWN": "Move down",
    "EVAL_FROM_LOG": "From the log …",
    "EVAL_FROM_LOG_TITLE": "Learning points from the log",
    "EVAL_FROM_LOG_LABEL": "Choose the log entries that should become learning points:",
    "EVAL_NOTE_TITLE": "Item",
    "EVAL_NOTE_TEXT": "Text",
    "EVAL_ACTION_PLAN": "Action plan",
    "EVAL_ACTION_COLUMNS": (
        "Action",
        "Responsible",
        "Deadline",
        "Status",
        "Plan/ROS section",
        "Priority",
    ),
    "EVAL_ACTION_TITLE": "Action",
    "EVAL_ACTION_MEASURE": "Action",
    "EVAL_ACTION_OWNER": "Responsible",
    "EVAL_ACTION_DEADLINE": "Deadline",
    "EVAL_ACTION_NO_DEADLINE": "No deadline",
    "EVAL_ACTION_STATUS": "Status",
    "EVAL_ACTION_SECTION": "Section of the plan or the ROS analysis",
    "EVAL_TEXTS": "Summary and way forward",
    "EVAL_ABOUT": "About the report",
    "EVAL_MARKING": "Marking (Freedom of Information Act)",
    "EVAL_MARKING_CUSTOM": "Custom marking text",
    "EVAL_SAVE": "Save",
    "EVAL_SAVED": "Saved.",
    "EVAL_TO_REPORT": "Go to report",
    "EVAL_DATE_HINT": "yyyy-mm-dd",
    "EVAL_BACKGROUND_HINT": (
        "Why the exercise was held, who ordered it and which plan or risk analysis it tests. "
        "Left empty, the purpose from the scenario pack is used."
    ),
    "EVAL_DEFAULT_HINT": "Left empty, the report uses this text:",
    "EVAL_ACTION_PRIORITY": "Priority",
    "REPORT_HEADING": "Report and export",
    "REPORT_PDF": "Create the after-action report (PDF) …",
    "REPORT_BY_ROLE": "Add the decision log by role as an extra appendix",
    "REPORT_LANGUAGE": "Language of the report:",
    "REPORT_CSV": "Export the decision log (CSV) …",
    "REPORT_JSON": "Export the whole session (JSON) …",
    "REPORT_OPEN": "Open the file",
    "REPORT_OPEN_FOLDER": "Open the folder",
    "REPORT_WRITTEN": "Wrote {path}",
    "REPORT_FAILED": "Could not write {path}: {error}",
    "REPORT_FILTER_PDF": "PDF (*.pdf)",
    "REPORT_FILTER_CSV": "CSV (*.csv)",
    "REPORT_FILTER_JSON": "JSON (*.json)",
    "REPORT_FILE_STEMS": {
        "pdf": "after-action-report",
        "csv": "decision-log",
        "json": "session",
    },
    "REPORT_FILE_MARKED": "EXEMPT-FROM-DISCLOSURE",
    "REPORT_BACK": "Back to the evaluation",
    "REPORT_INTRO": (
        "The report and the exports are made from the session file. You can come back and "
        "make them again after the evaluation has changed."
    ),
    "OPEN_FAILED_TITLE": "Cannot open",
    "OPEN_FAILED": "The session “{path}” cannot be opened: {error}",
    "PACK_FAILED": "The scenario pack cannot be used:",
    "UNEXPECTED_ERROR": "Something went wrong: {error}",
    "SHORTCUTS_TITLE": "Keyboard shortcuts",
    "SHORTCUTS_HINT": "F1 shows this list. Esc closes it.",
    "KEY_SPACE": "Space",
    "STEP_TAILOR": "Tailor",
    "STEP_TAILOR_TIP": "Change injects, times, roles and texts in the pack before the exercise",
    "EDITOR_HEADING": "Tailor the pack",
    "EDITOR_OUTLINE": "Contents",
    "EDITOR_PACK": "The pack",
    "EDITOR_OBJECTIVES": "Objectives",
    "EDITOR_ROLES": "Roles",
    "EDITOR_VARIABLES": "Variables",
    "EDITOR_BOARD": "Situation board",
    "EDITOR_RESPONSES": "Response cells",
    "EDITOR_PHASES": "Phases and injects",
    "EDITOR_PROFILES": "Profiles",
    "EDITOR_QUESTION": "Question: {text}",
    "EDITOR_NAME": "Name",
    "EDITOR_DEFAULT_CHOICE": "(as the exercise is set up)",
    "EDITOR_YES": "yes",
    "EDITOR_NO": "no",
    "EDITOR_LIST_HINT": "One per line",
    "EDITOR_IDS_HINT": "Ids separated by commas",
    "EDITOR_ROLE_UNKNOWN": "{id} – not in the pack",
    "EDITOR_NO_PROBLEMS": "No errors: the pack can be used.",
    "EDITOR_PROBLEMS": (
        "{count} errors – the pack can be saved as a draft, but not used until they are fixed."
    ),
    "EDITOR_SAVE": "Save as a new pack",
    "EDITOR_SAVE_TIP": "Saves a copy under «My packs» (Ctrl+S); the built-in pack is not changed",
    "EDITOR_SAVE_IN": "Save in folder …",
    "EDITOR_SAVE_IN_CAPTION": "Choose an empty folder for the pack",
    "EDITOR_SAVED": "Saved in «{folder}».",
    "EDITOR_SAVED_WITH_PROBLEMS": (
        "Saved as a draft in «{folder}». Fix the errors before the pack can be used."
    ),
    "EDITOR_UNDO": "Undo {label}",
    "EDITOR_REDO": "Redo {label}",
    "EDITOR_KEYS": (
        "Insert: add after · Ctrl+Insert: add inside · Delete: delete · Ctrl+D: duplicate · "
        "Alt+↑/↓: move · Alt+Shift+↑/↓: to the previous/next phase · Ctrl+Z/Ctrl+Y: undo/redo · "
        "Ctrl+E in a text: insert a variable · Enter: to the fields, Esc: back · "
        "Space: tick in a list"
    ),
    "EDITOR_UNSAVED_TITLE": "Unsaved changes",
    "EDITOR_UNSAVED_TEXT": "The pack has unsaved changes. Do you want to discard them?",
    "EDITOR_OPEN_FAILED": "The pack cannot be opened for tailoring:\n{error}",
    "EDITOR_PICTURE": "Add picture …",
    "EDITOR_PICTURE_CAPTION": "Choose a picture (PNG, JPEG or SVG)",
    "EDITOR_PICTURE_FILTER": "Pictures (*.png *.jpg *.jpeg *.svg)",
    "LIBRARY_MINE": "My packs · {title}",
    "EDITOR_PICTURE_ROW": "Picture: {path}",
    "EDITOR_REHEARSE": "Rehearsal",
    "EDITOR_REHEARSE_TIP": (
        "Run the pack on a fast clock (×10 or ×60) without saving a session, to see the flow, "
        "the injects and the situation board before the exercise"
    ),
    "REHEARSAL_TITLE": "Rehearsal – {title}",
    "REHEARSAL_NOTE": (
        "Rehearsal: nothing is saved. Injects are released automatically when they are due; "
        "the clock runs faster than usual."
    ),
    "REHEARSAL_SPEED": "×{speed}",
    "REHEARSAL_NEXT": "Next inject",
    "REHEARSAL_PAUSE": "Pause",
    "REHEARSAL_RESUME": "Resume",
    "REHEARSAL_CLOSE": "Close",
    "REHEARSAL_STATUS": "Exercise time {time} of {end}",
    "EDITOR_TAB_FIELDS": "Fields",
    "EDITOR_TAB_PREVIEW": "Preview",
    "EDITOR_PREVIEW_DEFAULTS": "The default values",
    "EDITOR_PREVIEW_WAITS": "The preview is shown when the errors in the pack are fixed.",
    "EDITOR_PREVIEW_CHOOSE": "Choose an inject in the contents to see it as the shared screen shows it.",
    "EDITOR_BOARD_HINT": "One change per line: item-id: new value [kritisk]",
    "EDITOR_VALUES_HINT": "One value per line: variable: value",
    "EDITOR_TABLE_LINE": "line {line}: write «name: value»",
    "EDITOR_TABLE_TWICE": "line {line}: «{key}» appears twice",
    "EDITOR_FIELD_LABELS": {
        "format": "Format version",
        "id": "Id",
        "title": "Title",
        "summary": "Summary",
        "hazard": "Hazard",
        "region": "Region",
        "duration": "Duration",
        "exercise_form": "Exercise form",
        "language": "Language",
        "version": "Version",
        "author": "Author",
        "background": "Background",
        "purpose": "Purpose",
        "tags": "Tags",
        "short_duration": "Duration, short version",
        "marking": "Marking",
        "based_on": "Based on",
        "description": "Description",
        "at": "Time",
        "text": "Text",
        "scenario_time": "Scenario time",
        "source": "Source",
        "notes": "Notes for the facilitator",
        "expected_actions": "Expected actions",
        "stall_prompts": "Stall prompts",
        "responses": "Response cells",
        "objectives": "Objectives",
        "auto_release": "Release automatically",
        "optional": "Optional",
        "short_at": "Time, short version",
        "indicator": "Indicator",
        "essential": "Essential role",
        "label": "Label",
        "default": "Default value",
        "help": "Help text",
        "value": "Value",
        "status": "Colour",
        "actor": "Actor",
        "channel": "Channel",
        "municipality": "Municipality",
        "sami_language_area": "Sámi language area",
        "path": "Picture",
        "caption": "Caption",
        "alt": "Picture description",
        "roles": "Roles",
        "board": "Situation board",
        "media": "Pictures",
        "values": "Values",
    },
    "SHORTCUT_LABELS": {
        "release_next": "Release the next inject",
        "toggle_run": "Start the exercise / pause / resume",
        "hold": "Show the holding screen on the participant screen / show the inject again",
        "adhoc": "New inject",
        "board": "Update the situation board",
        "release_chosen": "Release the inject selected in the list",
        "skip": "Skip the inject selected in the list",
        "show_previous": "Show an earlier inject on the participant screen",
        "schedule": "Go to the list of injects",
        "end": "End the exercise (asks first)",
        "picture": "Show the image large on the participant screen / show the whole inject again",
        "participant_full": "Participant screen full screen on/off",
        "swap_screens": (
            "One screen: switch between the participant screen and the console (what you"
            " type while the participant screen covers the console goes to the log)"
        ),
        "help": "Show the keyboard shortcuts",
        "roles": "Choose role no. 1–9 instead of the one chosen (the numbers are on the buttons)",
        "add_role": "Add or remove one role in the choice (also Ctrl+click on the button)",
        "clear_roles": "Clear the chosen roles",
        "pin_roles": "Pin the chosen roles so they stay after Enter (on/off)",
        "prefix": "Role by abbreviation: type the start of the role and a colon",
        "decision": "Type: decision",
        "action": "Type: action",
        "question": "Type: question",
        "observation": "Type: observation",
        "learning": "Type: learning point",
        "save": (
            "Save the entry; the chosen roles are cleared afterwards unless pinned"
            " (the text stays if it could not be saved)"
        ),
        "focus_log": "Go to the log; Esc goes back to the input field",
        "edit": "Edit the selected entry",
        "delete": "Delete the selected entry (asks first)",
        "history": "Show the history of the selected entry",
        "steps": "Go to step 1–5 (the numbers are on the buttons)",
        "tailor": "Tailor: change the pack chosen in the library or in preparation",
    },
    # Qt's source texts are English already; they are listed so the check sees them all.
    "QT_STANDARD_TEXTS": {
        "OK": "OK",
        "Cancel": "Cancel",
        "Close": "Close",
        "Save": "Save",
        "Open": "Open",
        "Apply": "Apply",
        "Reset": "Reset",
        "Help": "Help",
        "Discard": "Discard",
        "&Yes": "&Yes",
        "&No": "&No",
        "Abort": "Abort",
        "Retry": "Retry",
        "Ignore": "Ignore",
        "&Undo": "&Undo",
        "&Redo": "&Redo",
        "Cu&t": "Cu&t",
        "&Copy": "&Copy",
        "Copy &Link Location": "Copy &Link Location",
        "&Paste": "&Paste",
        "Delete": "Delete",
        "Select All": "Select All",
    },
    "QT_FILE_DIALOG_TEXTS": {
        "Look in:": "Look in:",
        "&Look in:": "&Look in:",
        "Files of &type:": "Files of &type:",
        "Show ": "Show ",
        "File &name:": "File &name:",
        "Files of type:": "Files of type:",
        "Directory:": "Directory:",
        "&Open": "&Open",
        "&Save": "&Save",
        "&Choose": "&Choose",
        "Open": "Open",
        "Save As": "Save As",
        "Find Directory": "Find Directory",
        "Back": "Back",
        "Forward": "Forward",
        "Parent Directory": "Parent Directory",
        "Go back": "Go back",
        "Go forward": "Go forward",
        "Go to the parent directory": "Go to the parent directory",
        "Create New Folder": "Create New Folder",
        "Create a New Folder": "Create a New Folder",
        "List View": "List View",
        "Detail View": "Detail View",
        "Change to list view mode": "Change to list view mode",
        "Change to detail view mode": "Change to detail view mode",
        "New Folder": "New Folder",
        "&New Folder": "&New Folder",
        "&Rename": "&Rename",
        "&Delete": "&Delete",
        "Delete": "Delete",
        "Remove": "Remove",
        "Show &hidden files": "Show &hidden files",
        "Sidebar": "Sidebar",
        "List of places and bookmarks": "List of places and bookmarks",
        "Recent Places": "Recent Places",
        "My Computer": "My Computer",
        "Computer": "Computer",
        "Directories": "Directories",
        "Files": "Files",
        "File": "File",
        "Folder": "Folder",
        "File Folder": "File Folder",
        "Drive": "Drive",
        "Shortcut": "Shortcut",
        "Alias": "Alias",
        "Unknown": "Unknown",
        "%1 File": "%1 File",
        "All Files (*)": "All Files (*)",
        "All files (*)": "All files (*)",
        "Name": "Name",
        "Size": "Size",
        "Type": "Type",
        "Kind": "Kind",
        "Date Modified": "Date Modified",
        "Invalid filename": "Invalid filename",
        "%1 already exists.\nDo you want to replace it?": "%1 already exists.\nDo you want to replace it?",
        "%1\nFile not found.\nPlease verify the correct file name was given.": "%1\nFile not found.\nPlease verify the correct file name was given.",
        "%1\nDirectory not found.\nPlease verify the correct directory name was given.": "%1\nDirectory not found.\nPlease verify the correct directory name was given.",
        "Are you sure you want to delete '%1'?": "Are you sure you want to delete '%1'?",
        "'%1' is write protected.\nDo you want to delete it anyway?": "'%1' is write protected.\nDo you want to delete it anyway?",
        "Could not delete directory.": "Could not delete directory.",
    },
    "EVAL_EXEMPT": "Exemptions",
    "EVAL_EXEMPT_INTRO": (
        "What is marked exempt stays in the full report but is left out of the public "
        "version. The legal basis is the marking under Report texts. Space ticks a log entry; "
        "in the finding lists and the action plan Ctrl+U exempts the selected item."
    ),
    "EVAL_EXEMPT_ENTRIES": "Log entries",
    "EVAL_EXEMPT_TEXTS": "Texts",
    "EVAL_EXEMPT_APPENDICES": "Whole appendices",
    "EVAL_EXEMPT_BUTTON": "Exempt (Ctrl+U)",
    "EVAL_EXEMPT_TAG": "[exempt] ",
    "EVAL_EXEMPT_GOAL": "Exempt",
    "EVAL_EXEMPT_GOAL_TIP": "The verdict and comment are left out of the public version",
    "REPORT_DOCX": "Write evaluation report (Word) …",
    "REPORT_PUBLIC_PDF": "Write public version (PDF) …",
    "REPORT_PUBLIC_DOCX": "Write public version (Word) …",
    "REPORT_FILTER_DOCX": "Word document (*.docx)",
    "REPORT_FILE_PUBLIC": "public",
    "REPORT_ACCESSIBLE_HINT": (
        "The Word file is the accessible one (headings, table headers, language); the PDF is "
        "for print and archive."
    ),
}

EXERCISE_MESSAGES: ModuleCatalogue = {
    "ALREADY_STARTED": "The exercise has already started.",
    "CANNOT_PAUSE": "The exercise is not running, so it cannot be paused.",
    "NOT_PAUSED": "The exercise is not paused.",
    "NOT_UNDER_WAY": "The exercise is not under way.",
    "PAUSE_TOO_EARLY": (
        "The pause can start at {time} at the earliest, when the last thing was recorded."
    ),
    "START_FIRST": "Start the exercise before releasing injects.",
    "EXERCISE_ENDED": "The exercise has ended.",
    "INJECT_NOT_FOUND": "There is no inject “{inject_id}”.",
    "INJECT_EXISTS": "The inject “{inject_id}” already exists.",
    "INJECT_RELEASED": "“{title}” has already been released.",
    "INJECT_DONE": "“{title}” has already been released or skipped.",
    "INJECT_NOT_RELEASED": "“{title}” has not been released yet, so it cannot be shown again.",
    "ALL_INJECTS_DONE": "Every inject has been released or skipped.",
    "INJECT_TITLE_MISSING": "An inject needs a title.",
    "UNKNOWN_ROLES": "Unknown role: {roles}.",
    "ROLE_TITLE_MISSING": "Write the name of the role.",
    "ROLE_EXISTS": "The role “{role_id}” already exists.",
    "PARTICIPANT_EMPTY": "A participant needs a name, an organisation or at least one role.",
    "PARTICIPANT_NOT_FOUND": "There is no participant “{participant_id}”.",
    "PARTICIPANT_EXISTS": "The participant “{participant_id}” already exists.",
    "ENTRY_TEXT_MISSING": "Write what was decided, done or asked.",
    "ENTRY_ROLE_MISSING": "Choose at least one role for the log entry.",
    "ENTRY_NOT_FOUND": "There is no log entry “{entry_id}”.",
    "ENTRY_EXISTS": "The log entry “{entry_id}” already exists.",
    "ENTRY_DELETED": "The log entry “{entry_id}” has been deleted.",
    "ENTRY_NOT_DELETED": "The log entry “{entry_id}” is not deleted.",
    "BOARD_ITEM_NOT_FOUND": "The situation board has no item “{item_id}”.",
    "BOARD_BAD_STATUS": "“{status}” is not a valid status for the situation board.",
    "BOARD_VALUE_MISSING": "Write a value for the item.",
    "OBJECTIVE_NOT_FOUND": "The scenario has no objective “{target_id}”.",
    "ITEM_NOT_FOUND": "There is no item “{item_id}” under {section}.",
    "ITEM_EXISTS": "The item “{item_id}” already exists.",
    "ITEM_CANNOT_MOVE": "The item cannot be moved there.",
    "ITEM_TEXT_MISSING": "Write the text of the item.",
    "ACTION_MEASURE_MISSING": "Describe the action.",
    "NOT_A_DATE": "“{value}” is not a date (write yyyy-mm-dd).",
    "MARKING_TEXT_MISSING": "Write the text for the marking field.",
    "EXEMPT_ITEM_NOT_FOUND": "There is no item “{item_id}” in the evaluation to exempt.",
    "EXEMPT_PART_UNKNOWN": "The report has no part “{target_id}” that can be exempted.",
    "EVENT_OUT_OF_ORDER": "Event no. {seq} came after no. {last_seq}.",
    "UNKNOWN_EVENT": "Unknown event {event}.",
    "EVENT_TIME_BACKWARDS": "The exercise time goes backwards ({time} after {last}).",
    "TEXT_NOT_STORABLE": (
        "The text “{text}” holds a character that cannot be saved (character no. "
        "{position}, shown as �), probably from a broken clipboard. Type or paste the "
        "text again."
    ),
    "PLAIN_UNKNOWN_EVENT_TYPE": "unknown event type “{type_name}”",
    "PLAIN_FIELD_MISSING": "the field “{name}” is missing",
    "PLAIN_UNKNOWN_FIELD": "unknown field “{name}”",
    "PLAIN_EXPECTED_OBJECT": "expected an object, found {value}",
    "PLAIN_EXPECTED_NULL": "expected null, found {value}",
    "PLAIN_EXPECTED_BOOL": "expected true/false, found {value}",
    "PLAIN_EXPECTED_INT": "expected a whole number, found {value}",
    "PLAIN_EXPECTED_TEXT": "expected text, found {value}",
    "PLAIN_EXPECTED_DATE": "expected a date, found {value}",
    "PLAIN_EXPECTED_LIST": "expected a list, found {value}",
    "PLAIN_UNKNOWN_VALUE": "unknown value {value}",
    "PLAIN_UNEXPECTED_VALUE": "unexpected value {value}",
}

STORE_MESSAGES: ModuleCatalogue = {
    "NOT_A_FILE": "“{name}” is not a file.",
    "NOT_FOUND": "Cannot find the session file “{name}”.",
    "NO_READ_ACCESS": "You do not have permission to read “{name}”.",
    "EMPTY": "“{name}” is empty and is not an Øvelse session file.",
    "NOT_A_SESSION": "“{name}” is not an Øvelse session file.",
    "BAD_PAGE_SIZE": "“{name}” is damaged (invalid page size).",
    "FOREIGN_DATABASE": (
        "“{name}” is a database from another program, not an Øvelse session file."
    ),
    "NEWER_FORMAT": (
        "“{name}” was made with a newer version of Øvelse (file format {version}; this "
        "version reads up to {supported}). Update Øvelse to open it. The file has not been "
        "changed."
    ),
    "TRUNCATED": (
        "“{name}” is cut short or damaged ({size} bytes, expected {expected}). The file has "
        "not been changed; open a backup if you have one."
    ),
    "CANNOT_OPEN": "Cannot open “{name}”: {error}.",
    "CANNOT_READ": "Cannot read “{name}”: {error}.",
    "CORRUPT": (
        "“{name}” is damaged and cannot be opened ({detail}). The file has not been changed; "
        "open a backup if you have one."
    ),
    "DETAIL_UNKNOWN": "unknown error",
    "DETAIL_LAYOUT": "tables or metadata are missing",
    "DETAIL_SCHEMA_CHANGED": "the structure of {items} is not as Øvelse makes it",
    "FOREIGN_SCHEMA": (
        "“{name}” contains {items}, which an Øvelse session file does not have. Such things "
        "can change the contents without showing, so the file is not opened. The file has "
        "not been changed."
    ),
    "SCHEMA_TRIGGER": "the trigger “{item}”",
    "SCHEMA_VIEW": "the view “{item}”",
    "SCHEMA_TABLE": "the table “{item}”",
    "SCHEMA_INDEX": "the index “{item}”",
    "SCHEMA_MORE": "and {count} more",
    "DETAIL_EVENT": "event no. {seq}: {error}",
    "DETAIL_EXERCISE_TIME": "the exercise time “{value}” is not a number of milliseconds",
    "DETAIL_WALL": "the time “{value}” is not a time in UTC",
    "DETAIL_EXERCISE_TIME_RANGE": "the exercise time {value} ms is longer than {days} days",
    "DETAIL_WALL_RANGE": "the time “{value}” lies outside {earliest} – {latest}",
    "DETAIL_BAD_TEXT": "a text holds a character that cannot be saved as UTF-8",
    "DETAIL_TOO_DEEP": "the data is nested too deeply",
    "DETAIL_VARIABLES": "the profile variables are not a JSON object of texts",
    "DETAIL_SCENARIO": "the scenario cannot be read: {error}",
    "JOURNAL_DAMAGED": (
        "“{name}” was interrupted in the middle of saving, and the journal file that should "
        "restore it is damaged ({damage}). Neither file has been changed; open a backup if "
        "you have one, and keep both files."
    ),
    "JOURNAL_SHORT": "the journal is shorter than the {count} pages it promises",
    "JOURNAL_BAD_SIZE": "invalid sector or page size in the journal",
    "JOURNAL_BAD_CHECKSUM": "a page in the journal does not match its checksum",
    "CANNOT_UPGRADE": (
        "“{name}” has file format {version}, which this version of Øvelse cannot upgrade. "
        "The file has not been changed."
    ),
    "UPGRADE_FAILED": (
        "Could not upgrade “{name}” from file format {version}: {error}. The file has not "
        "been changed."
    ),
    "OPENED_READ_ONLY": "“{name}” is open read-only.",
    "FOLDER_READ_ONLY": (
        "You do not have permission to write to the folder that holds “{name}”, so it opens "
        "read-only. Use “Save as” to save a copy you can change."
    ),
    "OPEN_ELSEWHERE": "“{name}” is already open in Øvelse {where}{since}, so it opens read-only.",
    "ON_HOST": "on {host}",
    "IN_ANOTHER_PROGRAM": "in another program",
    "SINCE": " since {time}",
    "SINCE_FORMAT": "%d/%m/%Y %H:%M",
    "DISK_FULL_READ_ONLY": (
        "The disk that holds “{name}” is full, so it opens read-only. Free up space and open "
        "it again, or use “Save as” to save a copy on another disk."
    ),
    "LOCK_FAILED_READ_ONLY": (
        "Øvelse could not make the lock file of “{name}” ({reason}), so it opens read-only. "
        "Use “Save as” to save a copy you can change."
    ),
    "LOCK_NOT_A_FILE": (
        "Next to “{name}” is “{lock}”, which is not an Øvelse lock file (but a folder, a link "
        "or a special file), so the session opens read-only. Remove “{lock}”, or use “Save "
        "as” to save a copy you can change."
    ),
    "TAKEN_OVER": (
        "“{name}” has been taken over by Øvelse {where}{since}, so this change has not been "
        "saved in the file. Nothing is lost: use “Save as” to continue in a copy of your own "
        "with everything recorded here, and make the change there."
    ),
    "TAKEN_OVER_READ_ONLY": (
        "“{name}” has been taken over by Øvelse {where}{since} and is shown read-only here. "
        "Use “Save as” to continue in a copy of your own."
    ),
    "CANNOT_TAKE_OVER": "Could not take over “{name}”: {reason}.",
    "EXISTS": "“{name}” already exists and will not be overwritten.",
    "IN_USE": "“{name}” is in use.",
    "CLOSED": "“{name}” is closed.",
    "CANNOT_CREATE": "Could not create “{name}”: {error}.",
    "FOLDER_NOT_WRITABLE": "Cannot write to the folder of “{name}”: {error}.",
    "READ_ONLY": "“{name}” is open read-only; the change has not been saved.",
    "MISSING": (
        "“{name}” was deleted or moved while it was open. The change has not been saved. Use "
        "“Save as” to save the session somewhere else."
    ),
    "SAVE_AS_FAILED": (
        "Could not save “{name}”: {error}. The session has not been moved; try another place."
    ),
    "WRITE_FAILED": "Could not save to “{name}”: {reason}. {rescue}",
    "REASON_DISK_FULL": "the disk is full",
    "REASON_READ_ONLY": "the file or folder is read-only",
    "REASON_IO": "write error (perhaps the memory stick or network drive was disconnected)",
    "REASON_LOCKED": "the file is locked by another program",
    "REASON_CONFLICT": "another program has written to the session at the same time",
    "REASON_CORRUPT": "the file is damaged",
    "REASON_NOT_FOUND": "the file or folder does not exist",
    "REASON_EXISTS": "a file with that name already exists",
    "REASON_CODE": "error no. {code} from the system",
    "DETAIL_DAMAGED_STRUCTURE": "SQLite found damaged pages or structures in the file",
    "DETAIL_NOT_UTF8": "a text in the file is not valid UTF-8",
    "DETAIL_INTEGRITY": "the integrity check found errors in the file",
    "DETAIL_NOT_JSON": "the contents are not valid JSON (from character {position})",
    "RESCUE_SAVE_AS": (
        "The change has not been made. Use “Save as” to save the session somewhere else."
    ),
    "RESCUE_DISK_FULL": (
        "The change has not been made. Free up space, or use “Save as” to save the session "
        "on another disk."
    ),
    "RESCUE_REOPEN": "The change has not been made. Close the session and open it again.",
}


SCENARIO_MESSAGES: ModuleCatalogue = {
    "YAML_INVALID": "invalid YAML: {detail}",
    "YAML_COLON": (
        "colon in the wrong place – a text containing “: ” must be in quotes, for example "
        'title: "Phase 1: Alert"; also check that the line above has a space after “-” and “:”'
    ),
    "YAML_TAB": "tabs are not allowed in indentation or before a value; use spaces",
    "YAML_CHARACTER": "the character “{character}” cannot begin a value; put the text in quotes",
    "YAML_EXPECTED_COLON": (
        "no “:” after the key – every line of a table is “key: value”; check the "
        "indentation, and use “|” for text over several lines"
    ),
    "YAML_INDENT": (
        "the indentation does not match the lines above – keys of one table must be indented "
        "equally (with spaces)"
    ),
    "YAML_INDENT_LIST": (
        "the indentation of this list item does not match – items of one list must be "
        "indented equally"
    ),
    "YAML_DASH": (
        "a list item (“- ”) where none can be – check the indentation, or put the text in quotes"
    ),
    "YAML_QUESTION": "“?” cannot be here; put the text in quotes",
    "YAML_UNCLOSED_QUOTE": "a quoted text has no closing quote (a « \" » or « ' » is not closed)",
    "YAML_ESCAPE": (
        "unknown “\\” code in a double-quoted text – use single quotes ('…'), or write "
        "“\\\\” for a backslash"
    ),
    "YAML_UNCLOSED_SEQUENCE": (
        "a list in [ ] lacks a “,” or “]” – put texts with commas or colons in quotes"
    ),
    "YAML_UNCLOSED_MAPPING": (
        "a table in {{ }} lacks a “,” or “}}” – put texts with commas or colons in quotes"
    ),
    "YAML_UNCLOSED_FLOW": "the indentation does not match, or a “[” or “{{” is not closed",
    "YAML_NO_VALUE": (
        "a value was expected here – put the text in quotes if it begins with a special "
        "character such as “,”, “]”, “}}” or “|”"
    ),
    "YAML_BLOCK_HEADER": (
        "after “|” or “>” only “-”, “+” or a number from 1 to 9 may stand on the same line; "
        "the text begins on the next line"
    ),
    "YAML_DIRECTIVE": (
        "a line beginning with “%” is a YAML directive; remove it, or put the text in quotes"
    ),
    "YAML_ANCHOR": (
        "“&” and “*” must be followed by a name (anchor and alias) – put the text in quotes "
        "if it begins with “&” or “*”"
    ),
    "YAML_TAG": "invalid tag – put the text in quotes if it begins with “!”",
    "YAML_AFTER_END": (
        "something follows the end of the document – check the indentation, or remove “---”/“...”"
    ),
    "YAML_DEPTH": "nested too deeply (more than {limit} levels)",
    "YAML_UNKNOWN": (
        "the file cannot be read here – check indentation, colons and quotes on this line "
        "and the one above"
    ),
    "YAML_CONTROL_CHARACTER": (
        "the file contains the character {code}, a control character YAML does not allow"
    ),
    "EXPANDED_TOO_LONG": (
        "the file becomes more than {limit} characters of text once its aliases (*name) are "
        "filled in; use aliases only for short texts"
    ),
    "RENDERED_TOO_LONG": (
        "the texts together become more than {limit} characters once the templates are "
        "filled in; shorten the variable values or use them in fewer texts"
    ),
    "RENDERED_TOTAL_TOO_LONG": (
        "the profiles together give more than {limit} characters of filled-in text; use "
        "fewer profiles or shorter variable values"
    ),
    "NOT_A_REGULAR_FILE": "this is not an ordinary file but {kind}; save it as an ordinary file",
    "FILE_KINDS": {
        "fifo": "a named pipe (FIFO)",
        "device": "a device",
        "socket": "a socket",
        "other": "something else",
    },
    "TEMPLATE_SYNTAX": "template error on line {line} of the text: {detail}",
    "TEMPLATE_STRAY_BRACE": (
        "the braces are not in pairs – a variable is written “{{{{ name }}}}”, with two braces "
        "on each side"
    ),
    "TEMPLATE_UNCLOSED_PRINT": "“{{{{” lacks its “}}}}” – write “{{{{ name }}}}”",
    "TEMPLATE_UNCLOSED_IF": "“{{% if … %}}” lacks its “{{% endif %}}”",
    "TEMPLATE_UNKNOWN_TAG": (
        "“{{% {tag} %}}” is nothing templates know; use “if”, “elif”, “else” and “endif”"
    ),
    "TEMPLATE_NO_EXPRESSION": "a variable name or a condition is missing between the braces",
    "TEMPLATE_NO_FILTER": "a filter name is missing after “|”",
    "TEMPLATE_CHARACTER": "the character “{character}” cannot stand here in the template",
    "TEMPLATE_TWO_NAMES": (
        "two words in a row between “{{{{” and “}}}}”; write one variable name, or use “~” to join"
    ),
    "TEMPLATE_UNREADABLE": (
        "the template cannot be read; check that “{{{{ }}}}” and “{{% %}}” are in pairs"
    ),
    "TEMPLATE_FORBIDDEN": (
        "the template uses {what}, which scenario texts may not (only variables, filters and if)"
    ),
    "TEMPLATE_CONSTRUCTS": {
        "Getattr": "a dot (“a.b”)",
        "Getitem": "square brackets (“a[0]”)",
        "Slice": "square brackets (“a[0]”)",
        "arithmetic": "arithmetic (“+”, “-”, “*”, “/”)",
        "For": "a loop (“for”)",
        "Call": "a function call (“name()”)",
        "Assign": "“set”",
        "Macro": "a macro",
        "Include": "“include” or “import”",
        "other": "something other than variables, filters and if (“{name}”)",
    },
    "UNKNOWN_ROLE": "the role “{role}” is not in the standard catalogue; give it a “title”",
    "UNKNOWN_ROLE_HINT": (
        "the role “{role}” is not in the standard catalogue – did you mean “{hint}”? If it is a "
        "role of its own, give it a “title”"
    ),
    "NUMBER_IN_QUOTES": "expected a whole number, found the text “{text}” – write the number without quotes",
    "CANNOT_READ": "cannot read the file ({reason})",
    "PICTURE_UNREADABLE": "the picture “{reference}” cannot be read ({reason})",
    "OS_REASONS": {
        "EACCES": "no read access",
        "EPERM": "no access",
        "EIO": "read error on the disk or memory stick",
        "ENAMETOOLONG": "the name is too long",
        "ELOOP": "too many symbolic links in a row",
        "ENOTDIR": "part of the path is not a folder",
        "ENXIO": "the device does not exist",
        "other": "operating system error, code {code}",
    },
    # the editor
    "EDIT_FIELD": "Edit field",
    "ADD_ITEM": "Add",
    "DELETE_ITEM": "Delete",
    "MOVE_ITEM": "Move",
    "DUPLICATE_ITEM": "Duplicate",
    "ADD_INJECT": "Add inject",
    "DELETE_INJECT": "Delete inject",
    "DUPLICATE_INJECT": "Duplicate inject",
    "MOVE_INJECT": "Move inject",
    "RETIME_INJECT": "Change time",
    "ADD_VARIABLE": "Add variable",
    "NAME_TAKEN": "the name «{name}» is already in use",
    "NEW_INJECT_TITLE": "New inject",
    "NEW_PHASE_TITLE": "New phase",
    "NEW_OBJECTIVE_TITLE": "New objective",
    "NEW_SUBGOAL_TITLE": "New sub-objective",
    "NEW_ROLE_TITLE": "New role",
    "NEW_BOARD_ITEM_LABEL": "New item",
    "NEW_RESPONSE_ACTOR": "New actor",
    "NEW_QUESTION_TEXT": "New question",
    "NEW_PROFILE_TITLE": "New profile",
    "NEW_VARIABLE_LABEL": "New variable",
    "PICTURE_NOT_IMAGE": "«{name}» is not a PNG, JPEG or SVG picture",
    "PICTURE_TOO_LARGE": "the picture «{name}» is larger than {limit} MB",
    "PICTURE_IS_LINK": "«{name}» is a symbolic link; choose the picture file itself",
    "PICTURE_NOT_FILE": "«{name}» is not an ordinary file",
    "PICTURE_NOT_READ": "the picture «{name}» cannot be read: {reason}",
    "SAVE_FAILED": (
        "the pack could not be saved in «{folder}»: {reason}. Your changes are not lost; save "
        "in another folder"
    ),
    "SAVE_BUILTIN": "a built-in pack cannot be changed; save it as a new pack in another folder",
    "SAVE_NOT_PACK_FOLDER": (
        "the folder «{folder}» holds other files and is not a pack; choose an empty folder"
    ),
}


INTERCHANGE_MESSAGES: ModuleCatalogue = {
    "HINT": " (did you mean “{hint}”?)",
    "NO_FILE": "the file does not exist",
    "IS_FOLDER": "expected a file, but this is a folder",
    "NOT_REGULAR": "this is not a regular file",
    "CANNOT_READ": "the file cannot be read: {reason}",
    "FILE_TOO_BIG": (
        "the file is {size} MB; a timeline to import can be at most {limit} MB – remove "
        "pictures and sheets that are not needed, or split it"
    ),
    "MACROS": (
        "the workbook has macros (.xlsm); Øvelse does not read macros – save it as a plain "
        "Excel workbook (.xlsx) and try again"
    ),
    "OLD_OR_ENCRYPTED": (
        "the file is a password-protected workbook or in the old .xls format – remove the "
        "password and save it as an Excel workbook (.xlsx)"
    ),
    "NOT_XLSX": "the file is not an Excel workbook (.xlsx) – save it as .xlsx, or as CSV UTF-8",
    "ZIP_BOMB": (
        "the workbook unpacks to far more than its size (over 100 times); it is not read, as "
        "it could fill the memory"
    ),
    "ZIP_TOO_BIG": "the workbook unpacks to over {limit} MB; it is not read",
    "TOO_MANY_CELLS": (
        "the workbook has over {limit} cells; a timeline has far fewer – delete empty rows and "
        "columns formatted all the way down, or split it"
    ),
    "ZIP_MEMBERS": "the workbook has over {limit} parts inside; it is not read",
    "UNREADABLE": (
        "the workbook is damaged and cannot be read – open it in Excel or LibreOffice and "
        "save it again"
    ),
    "CSV_NOT_UTF8": (
        "the CSV file is not UTF-8 (byte {byte}, probably “{letter}” in Windows-1252) – save it "
        "as “CSV UTF-8 (comma delimited)” and try again"
    ),
    "CSV_UTF16": "the CSV file is UTF-16 – save it as “CSV UTF-8 (comma delimited)” and try again",
    "CSV_BROKEN": "the CSV file cannot be read: {detail}",
    "NO_SUCH_SHEET": "the workbook has no sheet “{sheet}”; it has {sheets}",
    "NO_VISIBLE_SHEET": "the workbook has no visible sheets",
    "OUTPUT_NOT_EMPTY": "the folder exists and is not empty; choose a new folder for the pack",
    "MORE_PROBLEMS": "… and {count} more problems (only the first 100 are shown)",
    "HIDDEN_SHEET": "the sheet is hidden – unhide it (right-click the sheet tab, “Unhide”) and try again",
    "HIDDEN_SHEET_IGNORED": "hidden sheet that is not part of the timeline; not read",
    "SHEET_IGNORED": "the sheet is not part of the timeline and is not read",
    "FIRST_SHEET_USED": "no sheet “{sheet}”; the injects are read from this sheet",
    "MERGED": (
        "merged cells – the value is only in the first; unmerge them and write the value in "
        "each cell"
    ),
    "HIDDEN_ROW": "the row is hidden – unhide it, or delete it if it is not meant to be included",
    "HIDDEN_COLUMN": (
        "the column “{header}” is hidden – unhide it, or delete it if it is not meant to be "
        "included"
    ),
    "EMPTY_ROWS": "empty row skipped",
    "UNKNOWN_COLUMN": (
        "the column “{header}” is unknown and is not read (see column mapping in docs/dreiebok.md)"
    ),
    "DUPLICATE_COLUMN": "the column “{header}” means the same as column {other}; delete one",
    "NO_HEADERS": "found no known column headers in this row",
    "TOO_MANY_ROWS": "the sheet has over {limit} rows; only the first are read",
    "TOO_MANY_COLUMNS": "the sheet has over {limit} columns and is not read",
    "ERROR_VALUE": "the cell has the error value {value} – fix the formula or type the value",
    "TEXT_AT_CELL_LIMIT": (
        "the text fills the whole cell ({limit} characters, the most Excel holds) and may have "
        "been cut; split it, or write it in scenario.yaml"
    ),
    "TEXT_TOO_LONG": "the text is {length} characters; a text can be at most {limit} characters",
    "FORMULA_CACHED": (
        "the cell has a formula; Øvelse never calculates formulas and uses the value last "
        "saved in the file"
    ),
    "FORMULA_NO_VALUE": (
        "the cell has a formula without a saved value; Øvelse never calculates formulas – type "
        "the value (or open and save the file in Excel or LibreOffice)"
    ),
    "CONTROL_IN_CELL": "the text has the control character {code}, which a pack cannot hold; delete it",
    "CONTROL_CHARACTER": "the text has a control character a workbook cannot hold",
    "NOT_A_TIME": "“{value}” is not a time (write for example +00:25, 00:25 or 25)",
    "NOT_A_SCENARIO_TIME": "“{value}” is not a scenario time (write for example {example})",
    "TIME_TOO_LATE": "the time is more than {hours} hours after the start",
    "BEFORE_START": "{value} is before the exercise starts",
    "CLOCK_START": "clock times count from {start} (the first row) as the exercise's start",
    "NO_TIME": "the row has no planned time",
    "NO_TITLE": "the row has no title",
    "NO_INJECTS": "found no injects",
    "ROW_WITHOUT_ID": "the row has no id",
    "ROW_WITHOUT_NAME": "the row has no name",
    "VARIABLE_TWICE": "the variable “{name}” appears twice",
    "NO_SUCH_ROLE": "the role “{role}” does not exist",
    "NO_SUCH_PHASE": "the phase “{phase}” is not in the sheet “{sheet}”",
    "NO_PARENT_GOAL": "the objective “{goal}” is not above this row",
    "PHASE_SPLIT": (
        "the phase “{phase}” also appears further up, with another phase in between; rows of "
        "one phase must stand together"
    ),
    "PHASE_GUESSED": "the row has no phase; the injects go into “{phase}”",
    "QUESTION_WITHOUT_ROLE_COLUMN": "the question has no role – fill in “{column}”",
    "ROLES_WITHOUT_QUESTION": "roles without a question",
    "QUESTION_WITHOUT_ROLES": (
        "“{line}” has no role – write “role: question”, e.g. “ordforer: What do you do?”"
    ),
    "BOARD_LINE": (
        "“{line}” – write one change per line as “item: value” or “item: value [kritisk]”"
    ),
    "BOARD_STATUS": (
        "“{status}” is not a status; write [normal], [redusert], [kritisk] or [ukjent]"
    ),
    "MIXED_TIMES": (
        "a clock time here, but time from the start in the row above (or the other way round); "
        "write all times the same way"
    ),
    "BOARD_TWICE": "the item “{item}” changes twice in the same inject",
    "MEDIA_LINE": "“{line}” – write one picture per line as “path | caption | description”",
    "YES_NO": "“{value}” – write “ja” (yes) or “nei” (no)",
    "FIELD_NOT_HERE": "the field “{field}” does not belong on this row",
    "INDICATOR_ON_GOAL": "only sub-goals have an indicator; move it to a sub-goal of this objective",
    "EXERCISE_NO_FIELD": "the value has no field in column A",
    "EXERCISE_UNKNOWN_FIELD": "the field “{field}” is unknown",
    "ID_GUESSED": "the workbook has no sheet “{sheet}”; the pack gets the id “{id}”",
    "TITLE_GUESSED": "the pack is titled “{title}” after the file name",
    "DURATION_GUESSED": "the workbook gives no duration; the pack gets {duration}",
    "ROLES_INFERRED": (
        "the workbook has no sheet “{sheet}”; the roles come from the standard catalogue: {roles}"
    ),
    "DROPDOWN_TITLE": "Unknown value",
    "DROPDOWN_ERROR": "Choose a value from the list (it is in the sheet of the same name).",
    "SUMMARY_PACK": (
        "The pack “{id}” ({title}): {phases} phases, {injects} injects, {roles} roles, {goals} "
        "objectives, {board} situation board items, {responses} response cells, {variables} "
        "variables"
    ),
    "SUMMARY_FILE": "  file: {file}",
    "SUMMARY_PHASE": "  phase {id}: {title}",
    "SUMMARY_INJECT": "    {at}  {id}: {title} ({questions} questions)",
    "MAPPING_NOT_TABLE": (
        "the column mapping must be a table with “ark” (sheet), “overskriftsrad” (header row) "
        "and “kolonner” (columns)"
    ),
    "MAPPING_UNKNOWN_KEY": "“{key}” is unknown; use “ark”, “overskriftsrad” or “kolonner”",
    "MAPPING_BAD_VALUE": (
        "“{key}” has a value of the wrong kind (ark: a name, overskriftsrad: a number, "
        "kolonner: a table)"
    ),
    "MAPPING_NOT_HEADER": ('write the timeline header the column is read as, or "" to skip it'),
    "MAPPING_UNKNOWN_HEADER": "“{header}” is not a column of the timeline",
    "NO_SUCH_PROFILE": "the pack has no profile “{profile}”; it has {profiles}",
}


CATALOGUE: Catalogue = {
    "ovelse.cli_texts": CLI_TEXTS,
    "ovelse.exercise.labels": LABELS,
    "ovelse.exercise.messages": EXERCISE_MESSAGES,
    "ovelse.interchange.messages": INTERCHANGE_MESSAGES,
    "ovelse.report.texts": REPORT_TEXTS,
    "ovelse.scenario.messages": SCENARIO_MESSAGES,
    "ovelse.store.messages": STORE_MESSAGES,
    "ovelse.ui.texts": UI_TEXTS,
}
