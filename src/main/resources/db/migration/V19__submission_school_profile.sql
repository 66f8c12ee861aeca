-- What a file says about its school (办学类型 and region), kept when the file is rejected: the
-- provincial status places a rejected school that has no accepted data in any year by its own file,
-- instead of leaving its type and city unknown.
alter table submission add column school_type text, add column region_code char(6);
