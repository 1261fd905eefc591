-- A city's changes in revision order: the changes feed reads only the cases
-- of the caller's city, not every city's to leave most of them out.
CREATE INDEX cases_city_revision ON cases (city, revision);
