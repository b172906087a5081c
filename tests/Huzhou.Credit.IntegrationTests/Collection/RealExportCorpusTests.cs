using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Huzhou.Credit.Collection.Jobs;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Huzhou.Credit.SharedKernel.Identifiers;
using Microsoft.Extensions.DependencyInjection;

namespace Huzhou.Credit.IntegrationTests.Collection;

/// <summary>
/// Issue #22 §5: the rows of <see cref="RealExportCorpus"/> go through the real pipeline (upload as a department user,
/// confirm, the batch job) as a GB18030 CSV and as an XLSX, and every row comes out as a clerk expects: stored with
/// its normalised values or refused with its row number and reason; nothing dropped; a subject whose code fails its
/// check character is stored on a 待核实 subject, counted, and kept off the public portal.
/// </summary>
[Collection(CreditCollection.Name)]
public sealed class RealExportCorpusTests(CreditAppFactory factory)
{
    private const short Completed = 4;
    private const short Pending = 2;

    static RealExportCorpusTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static Encoding Gb18030 => Encoding.GetEncoding("GB18030");

    private static Comparer<(string, string, string)> Ordinal { get; } = Comparer<(string, string, string)>.Create((a, b) =>
        string.CompareOrdinal($"{a.Item1}\u0001{a.Item2}\u0001{a.Item3}", $"{b.Item1}\u0001{b.Item2}\u0001{b.Item3}"));

    [Fact]
    public void The_corpus_has_sixty_rows_and_every_kind_of_outcome()
    {
        var corpus = new RealExportCorpus();
        var rows = corpus.Sheets.SelectMany(s => s.Rows).ToList();

        Assert.True(rows.Count >= 60, $"{rows.Count} rows");
        Assert.True(rows.Count(r => r.Refusal is not null) >= 20);
        Assert.True(rows.Count(r => r.CheckWarning) >= 4);
        Assert.All(corpus.Sheets, s => Assert.Equal(s.Keys.Length, s.Rows.Select(r => r.Cells.Length).Distinct().Single()));
        Assert.Equal(rows.Count, rows.Select(r => r.SourceKey).Distinct().Count());
        var csv = Gb18030.GetString(corpus.Penalties.ToCsv(Gb18030));
        Assert.StartsWith("行政相对人名称,行政相对人类别,行政相对人代码_1（统一社会信用代码）,行政相对人代码_2（工商注册号）,", csv, StringComparison.Ordinal);
        Assert.Contains("\"警告,罚款\"", csv, StringComparison.Ordinal);
        Assert.Contains("\"1,234.50\"", csv, StringComparison.Ordinal);
        Assert.Contains("销售\"\"过期\"\"食品。\n货值", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_gb18030_csv_export_is_stored_or_refused_row_by_row_and_warned_subjects_stay_off_the_portal()
    {
        var corpus = new RealExportCorpus();
        using var staff = await SignedInClient.CreateAsync(factory, "scjg.staff");
        foreach (var sheet in corpus.Sheets)
        {
            var batch = await UploadAndProcessAsync(staff, sheet.ItemCode, sheet.ToCsv(Gb18030), sheet.ItemCode + "_双公示导出.csv");
            Assert.Equal("GB18030", await BatchValueAsync<string>("encoding_name", batch));
            await AssertOutcomeAsync(sheet, batch);
            await AssertBatchPageAsync(staff, sheet, batch);
        }

        await AssertWarnedOrganisationsOffThePortalAsync(corpus);
    }

    [Fact]
    public async Task An_xlsx_export_of_the_rows_gives_the_same_result_as_the_csv_of_the_same_rows()
    {
        var corpus = new RealExportCorpus();
        using var staff = await SignedInClient.CreateAsync(factory, "scjg.staff");
        foreach (var sheet in corpus.Sheets)
        {
            var xlsx = await UploadAndProcessAsync(staff, sheet.ItemCode, sheet.ToXlsx(), sheet.ItemCode + "_双公示导出.xlsx");
            Assert.Equal("XLSX", await BatchValueAsync<string>("format", xlsx));
            await AssertOutcomeAsync(sheet, xlsx);

            // The CSV of the very same rows: every stored record unchanged (the same normalised payload, notes included),
            // the same rows refused for the same reasons, the same check warnings.
            var csv = await UploadAndProcessAsync(staff, sheet.ItemCode, sheet.ToCsv(Gb18030), sheet.ItemCode + ".csv");
            var stored = sheet.Stored.Count();
            Assert.Equal(((long)sheet.Rows.Count, 0L, 0L, (long)stored, (long)sheet.Refused.Count()), await CountsAsync(csv));
            Assert.Equal(await RejectionsAsync(xlsx), await RejectionsAsync(csv));
            Assert.Equal(
                await factory.Database.ScalarAsync<long>("SELECT check_warnings FROM credit.collection_batches WHERE id = $1", xlsx),
                await factory.Database.ScalarAsync<long>("SELECT check_warnings FROM credit.collection_batches WHERE id = $1", csv));
        }
    }

    // Excel turns a 03 cell into the number 3; no 处罚类别 code has one digit, so “3” can only mean 03 (罚款).
    [Fact]
    public async Task Penalty_kinds_that_lost_their_leading_zero_in_a_spreadsheet_are_read_as_their_codes()
    {
        var corpus = new RealExportCorpus();
        using var staff = await SignedInClient.CreateAsync(factory, "scjg.staff");
        var sheet = corpus.KindsWithoutLeadingZero;

        var batch = await UploadAndProcessAsync(staff, sheet.ItemCode, sheet.ToXlsx(), "处罚类别为数值.xlsx");

        await AssertOutcomeAsync(sheet, batch);
    }

    // domain.md §1: a wrong check character is a flagged warning accepted only with a recorded reason, for persons as for
    // organisations.
    [Fact]
    public async Task A_person_whose_id_number_failed_its_check_character_is_verified_only_with_a_reason()
    {
        var corpus = new RealExportCorpus();
        using var staff = await SignedInClient.CreateAsync(factory, "scjg.staff");
        var sheet = corpus.Penalties;
        var batch = await UploadAndProcessAsync(staff, sheet.ItemCode, sheet.ToCsv(Gb18030), "处罚.csv");
        var row = sheet.Stored.Single(r => r.CheckWarning && r.PersonId is not null);
        var subjectId = await factory.Database.ScalarAsync<long>(
            "SELECT subject_id FROM credit.credit_records WHERE batch_id = $1 AND source_key = $2", batch, row.SourceKey);
        Assert.Equal(Pending, await VerificationAsync(subjectId));

        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var details = await HtmlPages.GetAsync(office, $"/subjects/{subjectId}?purpose=" + Uri.EscapeDataString("信用核查"));
        var form = $"form[action='/subjects/{subjectId}/verify']";
        using (var verify = await HtmlPages.PostFormAsync(office, details, form, new() { ["reason"] = "" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, verify.StatusCode);
        }

        Assert.True(Pending == await VerificationAsync(subjectId),
            "the credit office verified the person without a reason");
        Assert.True(await factory.Database.ScalarAsync<bool>("SELECT uscc_check_warning FROM credit.subjects WHERE id = $1", subjectId),
            "the person's failed check character is not flagged on the subject");
    }

    /// <summary>
    /// Every row's outcome: stored rows with their whole payload, subject and notes; refused rows with row number, field and
    /// reason; the counts adding up to the rows delivered.
    /// </summary>
    private async Task AssertOutcomeAsync(CorpusSheet sheet, long batch)
    {
        // The payload is by position of the item version's fields: the corpus columns must be exactly those.
        var fieldKeys = await factory.Database.ScalarAsync<string>(
            """
            SELECT string_agg(COALESCE(f->>'Key', f->>'key'), '|' ORDER BY n)
            FROM credit.collection_batches b
            JOIN credit.catalogue_item_versions v ON v.item_code = b.item_code AND v.version = b.item_version,
                jsonb_array_elements(v.fields) WITH ORDINALITY AS x(f, n)
            WHERE b.id = $1
            """, batch);
        Assert.Equal(string.Join('|', sheet.Keys), fieldKeys);

        var stored = sheet.Stored.ToList();
        var refused = sheet.Refused.ToList();
        var counts = await CountsAsync(batch);

        // Refused rows: exactly the expected ones, each with its row number, field and reason.
        var rejections = await RejectionsAsync(batch);
        var unexpected = rejections.Where(r => refused.All(e => e.RowNumber != r.Row))
            .Select(r => $"{(object?)sheet.Rows.FirstOrDefault(x => x.RowNumber == r.Row) ?? r.Row}: {r.Field} {r.Reason}");
        Assert.True(refused.Select(r => r.RowNumber).SequenceEqual(rejections.Select(r => r.Row)),
            $"{sheet.ItemCode} refused rows differ; unexpected: {string.Join(" | ", unexpected)}; "
            + $"missing: {string.Join(" | ", refused.Where(e => rejections.All(r => r.Row != e.RowNumber)))}");
        Assert.Equal(((long)sheet.Rows.Count, (long)stored.Count, 0L, 0L, (long)refused.Count), counts);
        Assert.Equal(sheet.Rows.Count(r => r.CheckWarning),
            await factory.Database.ScalarAsync<long>("SELECT check_warnings FROM credit.collection_batches WHERE id = $1", batch));
        foreach (var (row, rejection) in refused.Zip(rejections))
        {
            var (field, reason) = row.Refusal!.Value;
            Assert.True(rejection.Field == field && rejection.Reason.Contains(reason, StringComparison.Ordinal),
                $"{row}: expected {row.Refusal.Value.Field} “…{row.Refusal.Value.Reason}…”, was {rejection.Field} “{rejection.Reason}”");
        }

        // Stored rows: every one a record of this batch, nothing else.
        var records = await RecordsAsync(batch);
        Assert.Equal(stored.Count, records.Count);
        Assert.Equal(sheet.Rows.Count, records.Count + rejections.Count);
        foreach (var row in stored)
        {
            Assert.True(records.TryGetValue(row.SourceKey, out var record), $"{row}: no record {row.SourceKey}");
            AssertPayload(sheet, row, record.Payload);
            if (row.Uscc is not null)
            {
                Assert.True(row.Uscc == record.Uscc, $"{row}: subject code {record.Uscc}, expected {row.Uscc}");
                Assert.True(row.CheckWarning == record.Warning, $"{row}: uscc_check_warning {record.Warning}");
                Assert.True(!row.CheckWarning || record.Verification == Pending, $"{row}: a warned subject must wait (待核实)");
            }
            else
            {
                Assert.True(record.Uscc is null && record.IdMasked == Masking.IdNumber(row.PersonId), $"{row}: person {record.IdMasked}");
                Assert.True(!row.CheckWarning || record.Verification == Pending, $"{row}: a warned person must wait (待核实)");
            }
        }
    }

    /// <summary>The personal text fields of the corpus's items (证件号码, an ID-number field, is masked in the expectations already).</summary>
    private static readonly HashSet<string> PersonalTextKeys = ["法定代表人", "法定代表人证件号码", "法定代表人（负责人）"];

    private static void AssertPayload(CorpusSheet sheet, CorpusRow row, string payload)
    {
        using var json = JsonDocument.Parse(payload);
        var values = json.RootElement.EnumerateArray().ToList();
        var expectNotes = row.Synonym is not null || row.CheckWarning;
        Assert.True(values.Count == sheet.Keys.Length + (expectNotes ? 1 : 0), $"{row}: payload {payload}");
        for (var i = 0; i < sheet.Keys.Length; i++)
        {
            var actual = values[i].ValueKind == JsonValueKind.Null ? null : values[i].GetString();
            var expected = row.Payload![i];
            if (expected is not null && PersonalTextKeys.Contains(sheet.Keys[i]))
            {
                // Personal fields are stored masked; the clear value is encrypted beside the payload (ADR 0015).
                expected = Huzhou.Credit.Contracts.Records.PersonalPayloadFields.Mask(
                    new Huzhou.Credit.Contracts.Catalogue.CatalogueField(sheet.Keys[i], sheet.Keys[i], Huzhou.Credit.Contracts.Catalogue.FieldType.Text, false, null, null, [], true, false), expected);
            }

            Assert.True(expected == actual, $"{row}: {sheet.Keys[i]} stored “{actual}”, expected “{expected}”");
        }

        if (!expectNotes)
        {
            return;
        }

        // The trailing notes (RecordPayloadNotes): the delivered text of a synonym, the check warning.
        var notes = values[^1];
        Assert.Equal(JsonValueKind.Object, notes.ValueKind);
        if (row.Synonym is { } synonym)
        {
            var delivered = notes.GetProperty("delivered").EnumerateObject().Select(p => (p.Name, p.Value.GetString())).ToList();
            Assert.True(delivered.SequenceEqual([(synonym.Field, synonym.Delivered.Trim())]), $"{row}: notes {notes}");
        }
        else
        {
            Assert.False(notes.TryGetProperty("delivered", out _), $"{row}: notes {notes}");
        }

        Assert.True(row.CheckWarning == notes.TryGetProperty("checkWarning", out var warning), $"{row}: notes {notes}");
        if (row.CheckWarning)
        {
            Assert.Contains("已归入待核实主体", warning.GetString(), StringComparison.Ordinal);
        }
    }

    /// <summary>The batch page lists exactly the synonyms the stored rows used, and says how many rows were warned.</summary>
    private static async Task AssertBatchPageAsync(HttpClient staff, CorpusSheet sheet, long batch)
    {
        var page = await HtmlPages.GetAsync(staff, $"/collection/batches/{batch}");
        var listed = page.QuerySelectorAll("#batch-synonyms tbody tr")
            .Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray())
            .ToList();
        var expected = sheet.Stored.Where(r => r.Synonym is not null)
            .GroupBy(r => (r.Synonym!.Value.Field, r.Synonym.Value.Delivered, Code: r.Payload![sheet.IndexOf(r.Synonym.Value.Field)]!))
            .Select(g => (g.Key.Field, g.Key.Delivered, g.Key.Code, Rows: g.Count()))
            .OrderBy(s => (s.Field, s.Delivered, s.Code), Ordinal)
            .ToList();
        var shown = listed
            .Select(td => (Field: td[0], Delivered: td[1], Code: td[2].Split(' ')[0].Replace("、", ",", StringComparison.Ordinal),
                Rows: int.Parse(td[3], NumberStyles.AllowThousands, CultureInfo.InvariantCulture)))
            .OrderBy(s => (s.Field, s.Delivered, s.Code), Ordinal)
            .ToList();
        Assert.Equal(expected, shown);

        var warned = sheet.Rows.Count(r => r.CheckWarning);
        var alert = page.QuerySelector("#batch-check-warnings");
        Assert.NotNull(alert);
        Assert.StartsWith(warned.ToString(CultureInfo.InvariantCulture) + " 行", alert.TextContent.Trim(), StringComparison.Ordinal);
    }

    /// <summary>
    /// The organisations whose code failed its check character are neither found nor shown on the portal until the credit
    /// office verifies them with a reason; an ordinary new organisation of the same delivery is.
    /// </summary>
    private async Task AssertWarnedOrganisationsOffThePortalAsync(RealExportCorpus corpus)
    {
        using var visitor = SignedInClient.Anonymous(factory);
        var warned = corpus.Sheets.SelectMany(s => s.Stored).Where(r => r.CheckWarning && r.Uscc is not null).ToList();
        Assert.True(warned.Count >= 4);
        foreach (var row in warned)
        {
            using var dossier = await visitor.GetAsync($"/public/dossier/{row.Uscc}");
            Assert.True(dossier.StatusCode == HttpStatusCode.NotFound, $"{row}: /public/dossier answered {(int)dossier.StatusCode}");
            var search = await HtmlPages.GetAsync(visitor, "/public?q=" + row.Uscc);
            Assert.True(search.QuerySelector("#portal-results") is null, $"{row}: found by its code");
            Assert.NotNull(search.QuerySelector("#portal-message"));
            var byName = await HtmlPages.GetAsync(visitor, "/public?q=" + Uri.EscapeDataString(row.Payload![0]!));
            Assert.DoesNotContain(row.Uscc!, byName.QuerySelector("#portal-results")?.TextContent ?? "", StringComparison.Ordinal);
        }

        // The control: the baseline organisation (pending too, but its code is right) is public.
        var ordinary = corpus.Penalties.Rows[0];
        Assert.False(ordinary.CheckWarning);
        await HtmlPages.GetAsync(visitor, $"/public/dossier/{ordinary.Uscc}");
        var found = await HtmlPages.GetAsync(visitor, "/public?q=" + ordinary.Uscc);
        Assert.Contains(ordinary.Uscc!, found.QuerySelector("#portal-results")?.TextContent ?? "", StringComparison.Ordinal);

        // The credit office verifies one: not without a reason, then with one; from then on it is public.
        var first = warned[0];
        var subjectId = await factory.Database.ScalarAsync<long>("SELECT id FROM credit.subjects WHERE uscc = $1", first.Uscc!);
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var details = await HtmlPages.GetAsync(office, $"/subjects/{subjectId}");
        var form = $"form[action='/subjects/{subjectId}/verify']";
        using (var withoutReason = await HtmlPages.PostFormAsync(office, details, form, new() { ["reason"] = "" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, withoutReason.StatusCode);
        }

        Assert.Equal(Pending, await VerificationAsync(subjectId));
        using (var stillHidden = await visitor.GetAsync($"/public/dossier/{first.Uscc}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, stillHidden.StatusCode);
        }

        details = await HtmlPages.GetAsync(office, $"/subjects/{subjectId}");
        using (var verified = await HtmlPages.PostFormAsync(office, details, form, new() { ["reason"] = "已与营业执照原件核对一致" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, verified.StatusCode);
        }

        Assert.Equal("已与营业执照原件核对一致",
            await factory.Database.ScalarAsync<string>("SELECT uscc_warning_reason FROM credit.subjects WHERE id = $1", subjectId));
        await HtmlPages.GetAsync(visitor, $"/public/dossier/{first.Uscc}");
    }

    private async Task<long> UploadAndProcessAsync(HttpClient client, string itemCode, byte[] bytes, string fileName)
    {
        var upload = await HtmlPages.GetAsync(client, "/collection/upload");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(HtmlPages.AntiforgeryToken(upload)), HtmlPages.AntiforgeryField },
            { new StringContent(itemCode), "itemCode" },
        };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".xlsx", StringComparison.Ordinal)
            ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            : "text/csv");
        form.Add(file, "file", fileName);
        using var response = await client.PostAsync("/collection/upload", form);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, HtmlPages.Describe(await response.Content.ReadAsStringAsync()));
        var previewUrl = HtmlPages.Location(response);

        var preview = await HtmlPages.GetAsync(client, previewUrl);
        using var confirmed = await HtmlPages.PostFormAsync(client, preview, "form[action$='/confirm']", []);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var id = long.Parse(previewUrl.Split('/')[3], CultureInfo.InvariantCulture);

        // Tests run without the Hangfire server: run the job the confirmation queued.
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CollectionJobs>().ProcessBatchAsync(id, CancellationToken.None);
        return id;
    }

    private Task<T> BatchValueAsync<T>(string column, long batch) =>
        factory.Database.ScalarAsync<T>($"SELECT {column} FROM credit.collection_batches WHERE id = $1", batch);

    private Task<short> VerificationAsync(long subjectId) =>
        factory.Database.ScalarAsync<short>("SELECT verification FROM credit.subjects WHERE id = $1", subjectId);

    private async Task<(long Received, long Inserted, long Updated, long Unchanged, long Rejected)> CountsAsync(long batch)
    {
        var status = await factory.Database.ScalarAsync<short>("SELECT status FROM credit.collection_batches WHERE id = $1", batch);
        var error = await factory.Database.ScalarAsync<string?>("SELECT error FROM credit.collection_batches WHERE id = $1", batch);
        Assert.True(status == Completed, $"batch {batch} ended in status {status}: {error}");
        var counts = await factory.Database.ScalarAsync<long[]>(
            "SELECT ARRAY[received, inserted, updated, unchanged, rejected] FROM credit.collection_batches WHERE id = $1", batch);
        return (counts[0], counts[1], counts[2], counts[3], counts[4]);
    }

    private async Task<List<(int Row, string? Field, string Reason)>> RejectionsAsync(long batch)
    {
        var rows = await factory.Database.ScalarAsync<int[]?>(
            "SELECT array_agg(row_number ORDER BY row_number) FROM credit.collection_rejections WHERE batch_id = $1", batch) ?? [];
        var fields = await factory.Database.ScalarAsync<string?[]?>(
            "SELECT array_agg(field_label ORDER BY row_number) FROM credit.collection_rejections WHERE batch_id = $1", batch) ?? [];
        var reasons = await factory.Database.ScalarAsync<string[]?>(
            "SELECT array_agg(reason ORDER BY row_number) FROM credit.collection_rejections WHERE batch_id = $1", batch) ?? [];
        return rows.Select((r, i) => (r, fields[i], reasons[i])).ToList();
    }

    private async Task<Dictionary<string, StoredRecord>> RecordsAsync(long batch)
    {
        var json = await factory.Database.ScalarAsync<string?>(
            """
            SELECT json_agg(json_build_object('key', r.source_key, 'payload', r.payload::text, 'uscc', s.uscc,
                'warning', s.uscc_check_warning, 'verification', s.verification, 'idMasked', s.id_number_masked))
            FROM credit.credit_records r JOIN credit.subjects s ON s.id = r.subject_id
            WHERE r.batch_id = $1
            """, batch);
        var records = new Dictionary<string, StoredRecord>(StringComparer.Ordinal);
        if (json is null)
        {
            return records;
        }

        using var document = JsonDocument.Parse(json);
        foreach (var r in document.RootElement.EnumerateArray())
        {
            records.Add(r.GetProperty("key").GetString()!, new StoredRecord(
                r.GetProperty("payload").GetString()!,
                r.GetProperty("uscc").GetString()?.Trim(),
                r.GetProperty("warning").GetBoolean(),
                r.GetProperty("verification").GetInt16(),
                r.GetProperty("idMasked").GetString()));
        }

        return records;
    }

    private sealed record StoredRecord(string Payload, string? Uscc, bool Warning, short Verification, string? IdMasked);
}
