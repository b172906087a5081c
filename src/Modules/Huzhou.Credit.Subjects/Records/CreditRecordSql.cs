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

    /// <summary>
    /// Unknown ID numbers become persons pending verification (ciphertext, blind index and masked form only); a number
    /// whose check character failed is flagged in <c>uscc_check_warning</c>, which holds the identifier's check warning
    /// for either kind of subject, so the credit office verifies it only with a reason.
    /// </summary>
    public const string CreatePersons = """
        WITH candidates AS (
            SELECT * FROM unnest(@indexes::bytea[], @ciphers::bytea[], @masked::varchar[], @birthYears::smallint[], @sexes::smallint[],
                @districts::varchar[], @names::varchar[], @warnings::boolean[])
                AS c(id_index, id_cipher, id_masked, birth_year, sex, district, name, warning)
        ), created AS (
            INSERT INTO credit.subjects (kind, kind_confirmed, name, district_code, status, uscc_check_warning, uscc_warning_reason,
                id_number_cipher, id_number_index, id_number_masked, birth_year, sex,
                verification, created_at, created_by, updated_at, updated_by)
            SELECT 5, true, name, district, 1, warning, CASE WHEN warning THEN '归集数据中的身份证号码校验码不符，待核实' END,
                id_cipher, id_index, id_masked, birth_year, sex,
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
            payload, payload_hash, personal, batch_id, created_at, updated_at)
        FROM STDIN (FORMAT BINARY)
        """;

    /// <summary>Which of a chunk's keys exist already (an index probe each, in the partition the subject hashes to).</summary>
    public const string Probe = """
        SELECT r.subject_id, r.id, r.payload_hash, r.batch_id, r.item_code, r.source_key
        FROM unnest(@subjects::bigint[], @ids::bigint[]) AS k(subject_id, id)
        JOIN credit.credit_records r ON r.subject_id = k.subject_id AND r.id = k.id
        """;

    /// <summary>
    /// Updates existing records with their new content (the personal values encrypted, ADR 0015) and writes a history
    /// row with the old payload and its encrypted personal values where
    /// <c>history</c> is set (not for a row this same batch inserted earlier: the later row of a batch simply wins).
    /// Every part of one statement sees the same snapshot, so <c>old</c> reads the payload before the update.
    /// Updates never change a record's status.
    /// </summary>
    public const string Update = """
        WITH src AS (
            SELECT * FROM unnest(@subjects::bigint[], @ids::bigint[], @itemVersions::integer[], @decisionDates::date[],
                @starts::date[], @ends::date[], @minimumEnds::date[], @classes::smallint[], @ruleVersions::varchar[],
                @published::boolean[], @payloads::text[], @hashes::bytea[], @history::boolean[], @personals::bytea[])
                AS s(subject_id, id, item_version, decision_date, publicity_start, publicity_end, publicity_minimum_end,
                    penalty_class, rule_version, published, payload, payload_hash, history, personal)
        ), old AS (
            SELECT r.subject_id, r.id, r.payload, r.personal
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
                personal = s.personal,
                batch_id = @batch,
                updated_at = @now
            FROM src s
            WHERE r.subject_id = s.subject_id AND r.id = s.id
            RETURNING r.id
        )
        INSERT INTO credit.credit_record_changes (subject_id, record_id, changed_at, actor, batch_id, what, new_status, old_payload, old_personal)
        SELECT o.subject_id, o.id, @now, @actor, @batch, 2, NULL, o.payload, o.personal
        FROM old o
        """;

    /// <summary>
    /// One delivery at a time applies registration data (<see cref="ApplyRegistration"/>): a transaction-level advisory
    /// lock, taken before the delivery's first chunk touches anything, so two deliveries never diff the same subject
    /// against the same snapshot. The key is "SCZTDJ" in ASCII.
    /// </summary>
    public const string LockRegistration = "SELECT pg_advisory_xact_lock(91757329745994)";

    /// <summary>
    /// Applies what registration rows say (one row per organisation, the chunk's winner) to the registry, in one
    /// statement: name, 登记状态, and the legal representative, capital, establishment date and address when delivered.
    /// A row dated (<c>asOf</c>: 核准日期, else 成立日期) before the row the registry last applied changes none of them.
    /// A pending subject (待核实) becomes verified by the delivery unless its code fails the check character
    /// (<c>uscc_check_warning</c>: those wait for the credit office). Every changed field gets a <c>subject_changes</c>
    /// row in the form staff edits write (labels, 登记状态 by name, yyyy-MM-dd, capital without trailing zeros); a
    /// subject with nothing to change is not written at all, so an unchanged re-delivery writes nothing. The name
    /// search postings follow renames through the triggers on <c>subjects</c>. Returns the subjects that changed.
    /// </summary>
    public const string ApplyRegistration = """
        WITH facts AS (
            SELECT * FROM unnest(@subjects::bigint[], @names::varchar[], @statuses::smallint[], @legalRepresentatives::varchar[],
                @capitals::numeric[], @established::date[], @addresses::varchar[], @asOf::date[])
                AS f(subject_id, f_name, f_status, f_legal, f_capital, f_established, f_address, f_as_of)
        ), known AS (
            SELECT s.id, s.name, s.status, s.legal_representative, s.registered_capital, s.established_on, s.address,
                s.registration_as_of, s.verification = 2 AND NOT s.uscc_check_warning AS verify,
                (s.registration_as_of IS NULL OR f.f_as_of >= s.registration_as_of) AS fresh, f.*
            FROM facts f JOIN credit.subjects s ON s.id = f.subject_id
            WHERE s.kind <> 5
        ), next AS (
            SELECT k.*,
                CASE WHEN k.fresh THEN k.f_name ELSE k.name END AS new_name,
                CASE WHEN k.fresh THEN coalesce(k.f_status, k.status) ELSE k.status END AS new_status,
                CASE WHEN k.fresh THEN coalesce(k.f_legal, k.legal_representative) ELSE k.legal_representative END AS new_legal,
                CASE WHEN k.fresh THEN coalesce(round(k.f_capital, 4), k.registered_capital) ELSE k.registered_capital END AS new_capital,
                CASE WHEN k.fresh THEN coalesce(k.f_established, k.established_on) ELSE k.established_on END AS new_established,
                CASE WHEN k.fresh THEN coalesce(k.f_address, k.address) ELSE k.address END AS new_address,
                CASE WHEN k.fresh THEN k.f_as_of ELSE k.registration_as_of END AS new_as_of
            FROM known k
        ), changes AS (
            SELECT n.id, v.field, v.old_value, v.new_value
            FROM next n CROSS JOIN LATERAL (VALUES
                ('名称', n.name, n.new_name),
                ('登记状态', (@statusNames::text[])[n.status::int], (@statusNames::text[])[n.new_status::int]),
                ('法定代表人', n.legal_representative, n.new_legal),
                ('注册资本（万元）', trim_scale(n.registered_capital)::text, trim_scale(n.new_capital)::text),
                ('成立日期', to_char(n.established_on, 'YYYY-MM-DD'), to_char(n.new_established, 'YYYY-MM-DD')),
                ('住所', n.address, n.new_address),
                ('核实状态', CASE WHEN n.verify THEN @pending END, CASE WHEN n.verify THEN @verified END)
            ) AS v(field, old_value, new_value)
            WHERE v.old_value IS DISTINCT FROM v.new_value
        ), updated AS (
            UPDATE credit.subjects s SET
                name = n.new_name,
                status = n.new_status,
                legal_representative = n.new_legal,
                registered_capital = n.new_capital,
                established_on = n.new_established,
                address = n.new_address,
                registration_as_of = n.new_as_of,
                verification = CASE WHEN n.verify THEN 1 ELSE s.verification END,
                verified_at = CASE WHEN n.verify THEN @now ELSE s.verified_at END,
                verified_by = CASE WHEN n.verify THEN @actor ELSE s.verified_by END,
                updated_at = CASE WHEN n.changed THEN @now ELSE s.updated_at END,
                updated_by = CASE WHEN n.changed THEN @actor ELSE s.updated_by END
            FROM (SELECT x.*, EXISTS (SELECT 1 FROM changes c WHERE c.id = x.id) AS changed FROM next x) n
            WHERE s.id = n.id AND (n.changed OR n.new_as_of IS DISTINCT FROM n.registration_as_of)
            RETURNING s.id, n.changed
        ), history AS (
            INSERT INTO credit.subject_changes (subject_id, changed_at, changed_by, field, old_value, new_value, reason)
            SELECT id, @now, @actor, field, old_value, new_value,
                CASE WHEN field = '核实状态' THEN '核实通过：' ELSE '' END
                    || '市场主体登记信息（归集批次 ' || @batch || '，报送部门 ' || @department || '）'
            FROM changes
        )
        SELECT id FROM updated WHERE changed
        """;
}
