using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Huzhou.Credit.Subjects.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class OrganisationNameBigrams : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The portal's name search over organisations (ADR 0004, update 2026-11-27): for every organisation in the
            // public registry (kind <> 5, with a USCC) one row per distinct bigram of its name, kept in the portal's
            // ranking order by the primary key (bigram, name length, name, id). The first 30 names containing a bigram
            // are then the first 30 index entries under it, however many names contain it; the GIN index of ADR 0004 has
            // to fetch and sort every match (~140 ms for 有限 over 120,000 organisations, seconds over 1.2 million).
            // Kept in step with credit.subjects by triggers, so every writer (seeder COPY, registration, the record
            // writer's pending subjects) maintains it without knowing of it. Natural persons are never in it.
            migrationBuilder.Sql("""
                CREATE TABLE credit.organisation_name_bigrams (
                    bigram text NOT NULL,
                    name_length smallint NOT NULL,
                    name varchar(200) NOT NULL,
                    subject_id bigint NOT NULL
                );
                INSERT INTO credit.organisation_name_bigrams (bigram, name_length, name, subject_id)
                    SELECT b, char_length(s.name), s.name, s.id
                    FROM credit.subjects s CROSS JOIN LATERAL unnest(credit.cjk_bigrams(s.name)) AS b
                    WHERE s.kind <> 5 AND s.uscc IS NOT NULL;
                ALTER TABLE credit.organisation_name_bigrams
                    ADD CONSTRAINT pk_organisation_name_bigrams PRIMARY KEY (bigram, name_length, name, subject_id);
                -- The search tells common bigrams apart by these statistics (NameSearch.OrganisationsByNameOrder): the
                -- 1,000 most common cover every bigram in more than ~2,000 names even at 1.2 million organisations.
                ALTER TABLE credit.organisation_name_bigrams ALTER COLUMN bigram SET STATISTICS 1000;
                ANALYZE credit.organisation_name_bigrams;

                -- Inserts: once per statement (a seeding COPY of 120,000 organisations is one set-based insert).
                CREATE FUNCTION credit.organisation_name_bigrams_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    INSERT INTO credit.organisation_name_bigrams (bigram, name_length, name, subject_id)
                        SELECT b, char_length(n.name), n.name, n.id
                        FROM inserted n CROSS JOIN LATERAL unnest(credit.cjk_bigrams(n.name)) AS b
                        WHERE n.kind <> 5 AND n.uscc IS NOT NULL;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER tr_subjects_name_bigrams_insert AFTER INSERT ON credit.subjects
                    REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION credit.organisation_name_bigrams_inserted();

                -- Renames, kind or code changes, deletions: per row, and only when the name or the membership changes.
                CREATE FUNCTION credit.organisation_name_bigrams_changed() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.kind <> 5 AND OLD.uscc IS NOT NULL THEN
                        DELETE FROM credit.organisation_name_bigrams
                        WHERE bigram = ANY (credit.cjk_bigrams(OLD.name)) AND name_length = char_length(OLD.name)
                            AND name = OLD.name AND subject_id = OLD.id;
                    END IF;
                    IF TG_OP = 'UPDATE' AND NEW.kind <> 5 AND NEW.uscc IS NOT NULL THEN
                        INSERT INTO credit.organisation_name_bigrams (bigram, name_length, name, subject_id)
                            SELECT b, char_length(NEW.name), NEW.name, NEW.id FROM unnest(credit.cjk_bigrams(NEW.name)) AS b;
                    END IF;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER tr_subjects_name_bigrams_update AFTER UPDATE OF name, kind, uscc ON credit.subjects
                    FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name OR (OLD.kind = 5) IS DISTINCT FROM (NEW.kind = 5)
                        OR (OLD.uscc IS NULL) IS DISTINCT FROM (NEW.uscc IS NULL))
                    EXECUTE FUNCTION credit.organisation_name_bigrams_changed();
                CREATE TRIGGER tr_subjects_name_bigrams_delete AFTER DELETE ON credit.subjects
                    FOR EACH ROW WHEN (OLD.kind <> 5 AND OLD.uscc IS NOT NULL)
                    EXECUTE FUNCTION credit.organisation_name_bigrams_changed();

                CREATE FUNCTION credit.organisation_name_bigrams_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    TRUNCATE credit.organisation_name_bigrams;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER tr_subjects_name_bigrams_truncate AFTER TRUNCATE ON credit.subjects
                    FOR EACH STATEMENT EXECUTE FUNCTION credit.organisation_name_bigrams_truncated();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS tr_subjects_name_bigrams_truncate ON credit.subjects;
                DROP TRIGGER IF EXISTS tr_subjects_name_bigrams_delete ON credit.subjects;
                DROP TRIGGER IF EXISTS tr_subjects_name_bigrams_update ON credit.subjects;
                DROP TRIGGER IF EXISTS tr_subjects_name_bigrams_insert ON credit.subjects;
                DROP FUNCTION IF EXISTS credit.organisation_name_bigrams_truncated();
                DROP FUNCTION IF EXISTS credit.organisation_name_bigrams_changed();
                DROP FUNCTION IF EXISTS credit.organisation_name_bigrams_inserted();
                DROP TABLE IF EXISTS credit.organisation_name_bigrams;
                """);
        }
    }
}
