using System.Net;
using System.Text;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.IntegrationTests.Identity;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Huzhou.Credit.Subjects.Records;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Huzhou.Credit.IntegrationTests.Subjects;

/// <summary>The record writer (COPY + merge), pending subjects, publicity expiry and the staff views of records.</summary>
[Collection(CreditCollection.Name)]
public sealed class CreditRecordStoreTests(CreditAppFactory factory)
{
    private const string Department = "330500001";

    private static int _batch = Random.Shared.Next(1_000_000, 2_000_000);

    private ICreditRecordWriter Writer => factory.Services.GetRequiredService<ICreditRecordWriter>();

    [Fact]
    public async Task New_rows_are_inserted_and_an_identical_delivery_changes_nothing()
    {
        var item = ItemCode();
        var (uscc, subjectId) = await ExistingOrganisationAsync();
        var rows = new[] { Row(1, uscc, item, "A-1", "{\"金额\":\"100\"}"), Row(2, uscc, item, "A-2", "{\"金额\":\"200\"}") };

        var first = await DeliverAsync(rows);
        var historyAfterFirst = await HistoryCountAsync(subjectId, item);
        var second = await DeliverAsync(rows);

        Assert.Equal(new RecordMergeResult(2, 0, 0, 0), first);
        Assert.Equal(2, await RecordCountAsync(subjectId, item));
        // A new record carries its batch, provider and time itself; the history holds later changes only.
        Assert.Equal(0, historyAfterFirst);
        Assert.Equal(new RecordMergeResult(0, 0, 2, 0), second);
        Assert.Equal(2, await RecordCountAsync(subjectId, item));
        Assert.Equal(0, await HistoryCountAsync(subjectId, item));
    }

    [Fact]
    public async Task A_changed_payload_updates_the_record_and_keeps_the_old_payload_in_history()
    {
        var item = ItemCode();
        var (uscc, subjectId) = await ExistingOrganisationAsync();
        await DeliverAsync([Row(1, uscc, item, "B-1", "{\"金额\":\"100\"}")]);

        var result = await DeliverAsync([Row(1, uscc, item, "B-1", "{\"金额\":\"150\"}")]);

        Assert.Equal(new RecordMergeResult(0, 1, 0, 0), result);
        Assert.Equal("150", await factory.Database.ScalarAsync<string>(
            "SELECT payload::json->>'金额' FROM credit.credit_records WHERE subject_id = $1 AND item_code = $2", subjectId, item));
        Assert.Equal("100", await factory.Database.ScalarAsync<string>(
            """
            SELECT h.old_payload::json->>'金额' FROM credit.credit_record_changes h JOIN credit.credit_records r ON r.subject_id = h.subject_id AND r.id = h.record_id
            WHERE r.subject_id = $1 AND r.item_code = $2 AND h.what = 2
            """, subjectId, item));
        Assert.Equal(1, await HistoryCountAsync(subjectId, item));
    }

    [Fact]
    public async Task An_unknown_credit_code_creates_a_pending_subject_with_the_delivered_name()
    {
        var item = ItemCode();
        var uscc = Unique.Uscc("330523");
        var name = $"安吉{Unique.ChineseFragment()}有限公司";

        var result = await DeliverAsync([Row(1, uscc, item, "C-1", "{}", name)]);

        Assert.Equal(1, result.SubjectsCreated);
        Assert.Equal(1, result.Inserted);
        await using var command = factory.Database.CreateCommand("SELECT name, verification, kind, district_code, id FROM credit.subjects WHERE uscc = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = uscc });
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(name, reader.GetString(0));
        Assert.Equal(2, reader.GetInt16(1));
        Assert.Equal(1, reader.GetInt16(2));
        Assert.Equal("330523", reader.GetString(3));
        Assert.Equal(1, await RecordCountAsync(reader.GetInt64(4), item));
    }

    [Fact]
    public async Task A_code_registered_outside_Huzhou_gets_the_city_as_district()
    {
        var uscc = Unique.Uscc("330106");

        await DeliverAsync([Row(1, uscc, ItemCode(), "C-2", "{}", $"杭州{Unique.ChineseFragment()}有限公司")]);

        Assert.Equal("330500", await factory.Database.ScalarAsync<string>("SELECT district_code FROM credit.subjects WHERE uscc = $1", uscc));
    }

    [Fact]
    public async Task An_unknown_id_number_creates_a_pending_person_with_only_the_encrypted_number()
    {
        var item = ItemCode();
        var idNumber = Unique.ResidentId("330522");
        var name = "张" + Unique.ChineseFragment(2);
        var row = new IncomingCreditRecord(1, SubjectKeyKind.IdNumber, idNumber, name, item, 1, "D-1", new DateOnly(2026, 1, 5), Period(new DateOnly(2026, 1, 5)), "{\"处罚内容\":\"警告\"}");

        var result = await DeliverAsync([row]);

        Assert.Equal(new RecordMergeResult(1, 0, 0, 1), result);
        await using var command = factory.Database.CreateCommand(
            "SELECT s.id_number_cipher, row_to_json(s)::text, s.verification, s.kind, s.birth_year, s.district_code FROM credit.subjects s WHERE s.name = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = name });
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        var cipher = (byte[])reader[0];
        var wholeRow = reader.GetString(1);
        Assert.Equal(-1, cipher.AsSpan().IndexOf(Encoding.ASCII.GetBytes(idNumber)));
        Assert.DoesNotContain(idNumber, wholeRow, StringComparison.Ordinal);
        Assert.DoesNotContain(idNumber[6..14], wholeRow, StringComparison.Ordinal);
        Assert.Equal(2, reader.GetInt16(2));
        Assert.Equal(5, reader.GetInt16(3));
        Assert.Equal(1985, reader.GetInt16(4));
        Assert.Equal("330522", reader.GetString(5));
        Assert.Equal(0, await factory.Database.ScalarAsync<long>(
            "SELECT count(*) FROM credit.credit_records WHERE item_code = $1 AND (payload::text LIKE '%' || $2 || '%')", item, idNumber));
    }

    [Fact]
    public async Task The_later_row_wins_when_a_batch_repeats_a_key()
    {
        var item = ItemCode();
        var (uscc, subjectId) = await ExistingOrganisationAsync();

        var result = await DeliverAsync([Row(1, uscc, item, "E-1", "{\"v\":\"first\"}"), Row(2, uscc, item, "E-1", "{\"v\":\"second\"}")]);

        Assert.Equal(1, result.Inserted);
        Assert.Equal(1, await RecordCountAsync(subjectId, item));
        Assert.Equal("second", await factory.Database.ScalarAsync<string>(
            "SELECT payload::json->>'v' FROM credit.credit_records WHERE subject_id = $1 AND item_code = $2", subjectId, item));
    }

    [Fact]
    public async Task A_key_repeated_in_a_later_chunk_of_the_same_batch_wins_without_history()
    {
        var item = ItemCode();
        var (uscc, subjectId) = await ExistingOrganisationAsync();
        var rows = Enumerable.Range(0, CreditRecordBatchWriter.ChunkSize + 4)
            .Select(i => Row(i + 1, uscc, item, "R-" + i, $"[\"{i}\"]"))
            .Append(Row(CreditRecordBatchWriter.ChunkSize + 5, uscc, item, "R-0", "[\"later\"]"))
            .ToList();

        var result = await DeliverAsync(rows);

        Assert.Equal(new RecordMergeResult(CreditRecordBatchWriter.ChunkSize + 4, 0, 0, 0), result);
        Assert.Equal(CreditRecordBatchWriter.ChunkSize + 4, await RecordCountAsync(subjectId, item));
        Assert.Equal("later", await factory.Database.ScalarAsync<string>(
            "SELECT payload::json->>0 FROM credit.credit_records WHERE subject_id = $1 AND item_code = $2 AND source_key = 'R-0'", subjectId, item));
        Assert.Equal(0, await HistoryCountAsync(subjectId, item));
    }

    [Fact]
    public async Task A_delivery_mixing_known_and_new_keys_over_several_chunks_counts_each_kind()
    {
        var item = ItemCode();
        var (uscc, subjectId) = await ExistingOrganisationAsync();
        var known = Enumerable.Range(0, 10).Select(i => Row(i + 1, uscc, item, "M-" + i, $"[\"{i}\"]")).ToList();
        await DeliverAsync(known);
        var fresh = Enumerable.Range(10, CreditRecordBatchWriter.ChunkSize + 10).Select(i => Row(i + 1, uscc, item, "M-" + i, $"[\"{i}\"]"));
        var changedFirst = known.Select((r, i) => i == 0 ? r with { PayloadJson = "[\"changed\"]" } : r);

        var result = await DeliverAsync([.. changedFirst, .. fresh]);

        Assert.Equal(new RecordMergeResult(CreditRecordBatchWriter.ChunkSize + 10, 1, 9, 0), result);
        Assert.Equal(CreditRecordBatchWriter.ChunkSize + 20, await RecordCountAsync(subjectId, item));
        Assert.Equal(1, await HistoryCountAsync(subjectId, item));
    }

    [Fact]
    public async Task Record_ids_are_the_derived_key_and_sql_derives_the_same()
    {
        var item = ItemCode();
        var (uscc, subjectId) = await ExistingOrganisationAsync();
        const string key = "湖市监处罚〔2026〕7号";
        await DeliverAsync([Row(1, uscc, item, key, "[]")]);

        var stored = await factory.Database.ScalarAsync<long>("SELECT id FROM credit.credit_records WHERE subject_id = $1 AND item_code = $2", subjectId, item);
        var inSql = await factory.Database.ScalarAsync<long>($"SELECT {RecordKey.Sql} FROM (SELECT $1::text AS item_code, $2::text AS source_key) k", item, key);

        Assert.Equal(RecordKey.Compute(item, key), stored);
        Assert.Equal(stored, inSql);
    }

    [Fact]
    public async Task Disposing_without_complete_writes_nothing()
    {
        var item = ItemCode();
        var uscc = Unique.Uscc();
        await using (var batch = await Writer.BeginAsync(NextBatch(), Department, "it-tests"))
        {
            await batch.AddAsync(Row(1, uscc, item, "F-1", "{}", $"湖州{Unique.ChineseFragment()}有限公司"));
        }

        Assert.Equal(0, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.credit_records WHERE item_code = $1", item));
        Assert.Equal(0, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.subjects WHERE uscc = $1", uscc));
    }

    [Fact]
    public async Task Expiry_job_ends_publicity_of_past_records_only_and_is_idempotent()
    {
        var item = ItemCode();
        var (uscc, subjectId) = await ExistingOrganisationAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var past = new IncomingCreditRecord(1, SubjectKeyKind.Uscc, uscc, "x", item, 1, "G-past", today.AddYears(-2), Period(today.AddYears(-2), today.AddDays(-2)), "{}");
        var future = new IncomingCreditRecord(2, SubjectKeyKind.Uscc, uscc, "x", item, 1, "G-future", today.AddMonths(-1), Period(today.AddMonths(-1), today.AddMonths(11)), "{}");
        var endsToday = new IncomingCreditRecord(3, SubjectKeyKind.Uscc, uscc, "x", item, 1, "G-today", today.AddYears(-1), Period(today.AddYears(-1), today), "{}");
        await DeliverAsync([past, future, endsToday]);

        await RunExpiryAsync();
        await RunExpiryAsync();

        Assert.Equal(2, await StatusAsync(subjectId, item, "G-past"));
        Assert.Equal(1, await StatusAsync(subjectId, item, "G-future"));
        Assert.Equal(1, await StatusAsync(subjectId, item, "G-today"));
        Assert.Equal(1, await factory.Database.ScalarAsync<long>(
            """
            SELECT count(*) FROM credit.credit_record_changes h JOIN credit.credit_records r ON r.subject_id = h.subject_id AND r.id = h.record_id
            WHERE r.subject_id = $1 AND r.item_code = $2 AND h.what = 3 AND h.actor = 'system' AND h.reason = '公示期满' AND h.new_status = 2
            """, subjectId, item));
    }

    [Fact]
    public async Task Expiry_job_is_registered_as_a_recurring_job()
    {
        Assert.Equal(1, await factory.Database.ScalarAsync<long>(
            "SELECT count(*) FROM hangfire.set WHERE key = 'recurring-jobs' AND value = $1", PublicityExpiryJob.JobId));
    }

    [Fact]
    public async Task Detail_page_lists_the_records_and_a_record_shows_its_fields_and_history()
    {
        var item = ItemCode();
        var (uscc, subjectId) = await ExistingOrganisationAsync();
        await DeliverAsync([Row(1, uscc, item, "H-文号-1", "{\"处罚内容\":\"罚款五千元\"}")]);
        using var client = await SignedInClient.CreateAsync(factory, "xinyongban");

        var page = await HtmlPages.GetAsync(client, $"/subjects/{subjectId}");

        var list = page.QuerySelector("#record-list");
        Assert.NotNull(list);
        Assert.Contains("H-文号-1", list.TextContent, StringComparison.Ordinal);
        Assert.Contains(item, list.TextContent, StringComparison.Ordinal);
        var link = list.QuerySelector("a")!.GetAttribute("href")!;
        var record = await HtmlPages.GetAsync(client, link);
        Assert.Contains("罚款五千元", record.QuerySelector("#record-fields")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("新增", record.QuerySelector("#record-history")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_persons_records_are_shown_only_after_the_purpose_step()
    {
        var item = ItemCode();
        var idNumber = Unique.ResidentId("330502");
        var name = "李" + Unique.ChineseFragment(2);
        await DeliverAsync([new IncomingCreditRecord(1, SubjectKeyKind.IdNumber, idNumber, name, item, 1, "P-1", new DateOnly(2026, 2, 1), Period(new DateOnly(2026, 2, 1)), "{}")]);
        var subjectId = await factory.Database.ScalarAsync<long>("SELECT id FROM credit.subjects WHERE name = $1", name);
        using var client = await SignedInClient.CreateAsync(factory, "xinyongban");

        var withoutPurpose = await HtmlPages.GetAsync(client, $"/subjects/{subjectId}");
        var withPurpose = await HtmlPages.GetAsync(client, $"/subjects/{subjectId}?purpose=" + Uri.EscapeDataString("信用核查"));

        Assert.Null(withoutPurpose.QuerySelector("#record-list"));
        Assert.Contains("P-1", withPurpose.QuerySelector("#record-list")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Credit_office_verifies_a_pending_subject()
    {
        var uscc = Unique.Uscc();
        var name = $"湖州{Unique.ChineseFragment()}有限公司";
        await DeliverAsync([Row(1, uscc, ItemCode(), "V-1", "{}", name)]);
        var subjectId = await factory.Database.ScalarAsync<long>("SELECT id FROM credit.subjects WHERE uscc = $1", uscc);
        using var client = await SignedInClient.CreateAsync(factory, "xinyongban");

        var search = await HtmlPages.GetAsync(client, "/subjects?pending=true&q=" + Uri.EscapeDataString(name));
        Assert.NotNull(search.QuerySelector(".verification-pending"));
        var details = await HtmlPages.GetAsync(client, $"/subjects/{subjectId}");
        Assert.NotNull(details.QuerySelector("#verification-badge"));
        using var response = await HtmlPages.PostFormAsync(client, details, $"form[action='/subjects/{subjectId}/verify']", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(1, await factory.Database.ScalarAsync<short>("SELECT verification FROM credit.subjects WHERE id = $1", subjectId));
        Assert.Equal("xinyongban", await factory.Database.ScalarAsync<string>("SELECT verified_by FROM credit.subjects WHERE id = $1", subjectId));
        Assert.Equal(1, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.subject_changes WHERE subject_id = $1 AND field = '核实状态'", subjectId));
        Assert.Equal(1, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.audit_log WHERE action = 'subjects.verify' AND subject_id = $1", subjectId));
        var after = await HtmlPages.GetAsync(client, $"/subjects/{subjectId}");
        Assert.Null(after.QuerySelector("#verification-badge"));
    }

    [Fact]
    public async Task Department_staff_may_not_verify_and_seeded_subjects_are_verified()
    {
        var uscc = Unique.Uscc();
        await DeliverAsync([Row(1, uscc, ItemCode(), "V-2", "{}", $"湖州{Unique.ChineseFragment()}有限公司")]);
        var subjectId = await factory.Database.ScalarAsync<long>("SELECT id FROM credit.subjects WHERE uscc = $1", uscc);
        using var client = await SignedInClient.CreateAsync(factory, "scjg.staff");
        var details = await HtmlPages.GetAsync(client, $"/subjects/{subjectId}");
        Assert.Null(details.QuerySelector($"form[action='/subjects/{subjectId}/verify']"));

        using var response = await HtmlPages.PostAsync(client, $"/subjects/{subjectId}/verify", [new(HtmlPages.AntiforgeryField, HtmlPages.AntiforgeryToken(details))]);

        RoleAccessTests.AssertDenied(response, $"/subjects/{subjectId}/verify");
        Assert.Equal(2, await factory.Database.ScalarAsync<short>("SELECT verification FROM credit.subjects WHERE id = $1", subjectId));
        Assert.Equal(0, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.subjects WHERE created_by = 'demo-seed' AND verification <> 1"));
    }

    private static string ItemCode() => "IT" + Unique.Digits(10);

    private static long NextBatch() => Interlocked.Increment(ref _batch);

    private static PublicityPeriod Period(DateOnly start, DateOnly? end = null) =>
        new(start, end ?? start.AddYears(1), start.AddMonths(3), PenaltyClass.General, "2025", true);

    private static IncomingCreditRecord Row(int number, string uscc, string item, string sourceKey, string payload, string name = "某公司") =>
        new(number, SubjectKeyKind.Uscc, uscc, name, item, 1, sourceKey, new DateOnly(2026, 3, 1), Period(new DateOnly(2026, 3, 1)), payload);

    private async Task<RecordMergeResult> DeliverAsync(IReadOnlyList<IncomingCreditRecord> rows)
    {
        await using var batch = await Writer.BeginAsync(NextBatch(), Department, "it-tests");
        foreach (var row in rows)
        {
            await batch.AddAsync(row);
        }

        return await batch.CompleteAsync();
    }

    private async Task<(string Uscc, long Id)> ExistingOrganisationAsync()
    {
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var uscc = Unique.Uscc();
        var id = await SubjectForms.CreateOrganisationAsync(office, $"湖州{Unique.ChineseFragment()}有限公司", uscc);
        return (uscc, id);
    }

    private Task<long> RecordCountAsync(long subjectId, string item) =>
        factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.credit_records WHERE subject_id = $1 AND item_code = $2", subjectId, item);

    private Task<long> HistoryCountAsync(long subjectId, string item) =>
        factory.Database.ScalarAsync<long>(
            """
            SELECT count(*) FROM credit.credit_record_changes h JOIN credit.credit_records r ON r.subject_id = h.subject_id AND r.id = h.record_id
            WHERE r.subject_id = $1 AND r.item_code = $2
            """, subjectId, item);

    private Task<short> StatusAsync(long subjectId, string item, string sourceKey) =>
        factory.Database.ScalarAsync<short>(
            "SELECT status FROM credit.credit_records WHERE subject_id = $1 AND item_code = $2 AND source_key = $3", subjectId, item, sourceKey);

    private async Task RunExpiryAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PublicityExpiryJob>().RunAsync(CancellationToken.None);
    }
}
