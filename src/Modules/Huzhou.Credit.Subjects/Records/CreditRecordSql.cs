namespace Huzhou.Credit.Subjects.Records;

/// <summary>
/// The statements of a delivery (parameters: @batch, @actor, @department, @now and the arrays named in each).
/// Every statement takes one chunk of rows as arrays or binary COPY; see docs/modules/record-store.md.
/// </summary>
internal static class CreditRecordSql
{
    /// <summary>The subjects a chunk names by credit code.</summary>
    public const string FindOrganisations = "SELECT uscc, id FROM credit.subjects WHERE uscc = ANY(@codes::bpchar[])";

    /// <summary>The persons a chunk names, by blind index (the raw number never reaches the database).</summary>
    public const string FindPersons = "SELECT id_number_index, id FROM credit.subjects WHERE id_number_index = ANY(@indexes)";

    /// <summary>
    /// Unknown credit codes become organisations pending verification (待核实), named as the chunk's latest row
    /// says, each with a 登记 row in the subject's history. A code created meanwhile by another delivery is skipped
    /// here (ON CONFLICT DO NOTHING) and found by the next <see cref="FindOrganisations"/>.
    /// </summary>
    public const string CreateOrganisations = """
        WITH candidates AS (
            SELECT * FROM unnest(@codes::bpchar[], @warnings::boolean[], @kinds::smallint[], @districts::varchar[], @names::varchar[])
                AS c(uscc, warning, kind, district, name)
        ), created AS (
            INSERT INTO credit.subjects (kind, kind_confirmed, name, district_code, status, uscc, uscc_check_warning, uscc_warning_reason,
                verification, created_at, created_by, updated_at, updated_by)
            SELECT kind, false, name, district, 1, uscc, warning,
                CASE WHEN warning THEN '归集数据中的代码校验位不符，待核实' END,
                2, @now, @actor, @now, @actor
            FROM candidates
            ORDER BY uscc
            ON CONFLICT (uscc) WHERE uscc IS NOT NULL DO NOTHING
            RETURNING id, uscc
        ), history AS (
            INSERT INTO credit.subject_changes (subject_id, changed_at, changed_by, field, new_value, reason)
            SELECT id, @now, @actor, '登记', '归集时新建主体（待核实）', '归集批次 ' || @batch || '，报送部门 ' || @department
            FROM created
        )
        SELECT uscc, id FROM created
        """;

    /// <summary>Unknown ID numbers become persons pending verification (ciphertext, blind index and masked form only).</summary>
    public const string CreatePersons = """
        WITH candidates AS (
            SELECT * FROM unnest(@indexes::bytea[], @ciphers::bytea[], @masked::varchar[], @birthYears::smallint[], @sexes::smallint[],
                @districts::varchar[], @names::varchar[])
                AS c(id_index, id_cipher, id_masked, birth_year, sex, district, name)
        ), created AS (
            INSERT INTO credit.subjects (kind, kind_confirmed, name, district_code, status, uscc_check_warning,
                id_number_cipher, id_number_index, id_number_masked, birth_year, sex,
                verification, created_at, created_by, updated_at, updated_by)
            SELECT 5, true, name, district, 1, false, id_cipher, id_index, id_masked, birth_year, sex,
                2, @now, @actor, @now, @actor
            FROM candidates
            ORDER BY id_index
            ON CONFLICT (id_number_index) WHERE id_number_index IS NOT NULL DO NOTHING
            RETURNING id, id_number_index
        ), history AS (
            INSERT INTO credit.subject_changes (subject_id, changed_at, changed_by, field, new_value, reason)
            SELECT id, @now, @actor, '登记', '归集时新建主体（待核实）', '归集批次 ' || @batch || '，报送部门 ' || @department
            FROM created
        )
        SELECT id_number_index, id FROM created
        """;

    /// <summary>New records go straight into the partitioned table (it routes each row to its partition).</summary>
    public const string CopyRecords = """
        COPY credit.credit_records (subject_id, id, item_code, item_version, provider_department, source_key, decision_date,
            publicity_start, publicity_end, publicity_minimum_end, penalty_class, rule_version, published, status,
            payload, payload_hash, batch_id, created_at, updated_at)
        FROM STDIN (FORMAT BINARY)
        """;

    /// <summary>Which of a chunk's keys exist already (an index probe each, in the partition the subject hashes to).</summary>
    public const string Probe = """
        SELECT r.subject_id, r.id, r.payload_hash, r.batch_id, r.item_code, r.source_key
        FROM unnest(@subjects::bigint[], @ids::bigint[]) AS k(subject_id, id)
        JOIN credit.credit_records r ON r.subject_id = k.subject_id AND r.id = k.id
        """;

    /// <summary>
    /// Updates existing records with their new content and writes a history row with the old payload where
    /// <c>history</c> is set (not for a row this same batch inserted earlier: the later row of a batch simply wins).
    /// Every part of one statement sees the same snapshot, so <c>old</c> reads the payload before the update.
    /// Updates never change a record's status.
    /// </summary>
    public const string Update = """
        WITH src AS (
            SELECT * FROM unnest(@subjects::bigint[], @ids::bigint[], @itemVersions::integer[], @decisionDates::date[],
                @starts::date[], @ends::date[], @minimumEnds::date[], @classes::smallint[], @ruleVersions::varchar[],
                @published::boolean[], @payloads::text[], @hashes::bytea[], @history::boolean[])
                AS s(subject_id, id, item_version, decision_date, publicity_start, publicity_end, publicity_minimum_end,
                    penalty_class, rule_version, published, payload, payload_hash, history)
        ), old AS (
            SELECT r.subject_id, r.id, r.payload
            FROM src s JOIN credit.credit_records r ON r.subject_id = s.subject_id AND r.id = s.id
            WHERE s.history
        ), updated AS (
            UPDATE credit.credit_records r SET
                item_version = s.item_version,
                provider_department = @department,
                decision_date = s.decision_date,
                publicity_start = s.publicity_start,
                publicity_end = s.publicity_end,
                publicity_minimum_end = s.publicity_minimum_end,
                penalty_class = s.penalty_class,
                rule_version = s.rule_version,
                published = s.published,
                payload = s.payload,
                payload_hash = s.payload_hash,
                batch_id = @batch,
                updated_at = @now
            FROM src s
            WHERE r.subject_id = s.subject_id AND r.id = s.id
            RETURNING r.id
        )
        INSERT INTO credit.credit_record_changes (subject_id, record_id, changed_at, actor, batch_id, what, new_status, old_payload)
        SELECT o.subject_id, o.id, @now, @actor, @batch, 2, NULL, o.payload
        FROM old o
        """;
}
