-- W-CROSS-SCHOOL-ID asks, for every graduate of a file whose ID is already in the
-- warehouse, whether that row's submission is current: without this index each question
-- read all of the year's current submissions (planned from statistics that lag while a
-- province loads), which made the check grow with the square of the province.
create unique index current_submission_submission_idx on current_submission (submission_id);
