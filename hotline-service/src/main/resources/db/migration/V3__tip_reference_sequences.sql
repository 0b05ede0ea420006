-- Tip references (HUE-2026-000123) come from one PostgreSQL sequence per prefix and year instead of the counter table:
-- nextval takes no row lock and runs in the intake's own transaction, so a tip takes one connection and one commit
-- (issue 12). A rolled-back intake leaves a gap in the numbers, as the counter's own transaction already did.

-- The next number of a prefix and year; that year's sequence is created on its first use. Security definer: the
-- runtime role may not create objects, the owner may. Its search_path is the schema this migration runs in (FROM
-- CURRENT), and every name it touches is qualified with that schema, so no temporary object of the caller is used.
create function next_tip_number(reference_prefix text, reference_year integer) returns bigint
    language plpgsql security definer set search_path from current as $$
declare
    sequence_name text;
begin
    if reference_prefix is null or reference_prefix !~ '^[A-Z]{1,20}$' or reference_year is null
            or reference_year not between 2000 and 9999 then
        raise exception 'not a tip reference prefix and year: %, %', reference_prefix, reference_year;
    end if;
    sequence_name := format('%I.%I', current_schema(), 'tip_reference_' || lower(reference_prefix) || '_' || reference_year);
    if to_regclass(sequence_name) is null then
        begin
            execute format('create sequence if not exists %s', sequence_name);
        exception when unique_violation or duplicate_table then
            null; -- another intake created it at the same moment; it is there now
        end;
    end if;
    return nextval(sequence_name);
end $$;

-- Each counter goes on as its sequence, from the next number.
do $$
declare
    counter record;
begin
    for counter in select prefix, year, last_value from tip_reference_counter loop
        execute format('create sequence %I.%I start with %s', current_schema(),
                'tip_reference_' || lower(counter.prefix) || '_' || counter.year, counter.last_value + 1);
    end loop;
end $$;

drop table tip_reference_counter;
