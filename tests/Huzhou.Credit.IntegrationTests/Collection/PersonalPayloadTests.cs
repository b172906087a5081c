using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Huzhou.Credit.Collection.Jobs;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Huzhou.Credit.SharedKernel.Security;
using Huzhou.Credit.Subjects.Records;
using Microsoft.Extensions.DependencyInjection;

namespace Huzhou.Credit.IntegrationTests.Collection;

/// <summary>
/// Issue #23 §3, ADR 0015: a delivered 法定代表人证件号码 (a personal field) is stored only encrypted in the record, shown
/// masked everywhere, and revealed only under the person view's rules (role, district, purpose, audit); records written
/// before are encrypted by the data migration.
/// </summary>
[Collection(CreditCollection.Name)]
public sealed class PersonalPayloadTests(CreditAppFactory factory)
{
    private const string Purpose = "信用核查";

    private static readonly Encoding Gb18030 = CodePagesGb18030();

    private static Encoding CodePagesGb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }

    private static int Column(string header) => Array.IndexOf(PenaltyFile.Headers, header);

    [Fact]
    public async Task An_uploaded_legal_representatives_id_is_stored_encrypted_and_shown_masked_to_every_district()
    {
        var file = new PenaltyFile();
        var uscc = Unique.Uscc("330502");
        file.AddEnterprise(uscc, "吴兴" + file.Marker + "纺织有限公司");
        var legalRepId = file.Rows[0][Column("法定代表人证件号码")];
        var masked = legalRepId[..6] + "********" + legalRepId[^4..];
        using var staff = await SignedInClient.CreateAsync(factory, "scjg.staff");

        var batch = await UploadAndProcessAsync(staff, file.ToCsv(Gb18030), "处罚.csv");

        var subjectId = await factory.Database.ScalarAsync<long>("SELECT id FROM credit.subjects WHERE uscc = $1", uscc);
        var recordId = await factory.Database.ScalarAsync<long>("SELECT id FROM credit.credit_records WHERE subject_id = $1", subjectId);
        // In the database: the masked form in the payload, no clear value in any column, a cipher beside it.
        Assert.Equal(masked, await factory.Database.ScalarAsync<string>("SELECT payload::json->>10 FROM credit.credit_records WHERE subject_id = $1", subjectId));
        Assert.Equal("沈*国", await factory.Database.ScalarAsync<string>("SELECT payload::json->>8 FROM credit.credit_records WHERE subject_id = $1", subjectId));
        Assert.Equal(0L, await factory.Database.ScalarAsync<long>(
            "SELECT count(*) FROM credit.credit_records r WHERE r.subject_id = $1 AND (row_to_json(r)::text LIKE '%' || $2 || '%' OR position(convert_to($2, 'UTF8') in r.personal) > 0)",
            subjectId, legalRepId));
        var cipher = await factory.Database.ScalarAsync<byte[]>("SELECT personal FROM credit.credit_records WHERE subject_id = $1", subjectId);
        var clear = factory.Services.GetRequiredService<PersonalDataProtector>().Decrypt(cipher);
        Assert.Equal(legalRepId, JsonDocument.Parse(clear).RootElement.GetProperty("10").GetString());
        Assert.Equal(0L, await factory.Database.ScalarAsync<long>(
            "SELECT count(*) FROM credit.collection_rejections WHERE batch_id = $1", batch));

        // The staff record page: masked for the city credit office (which may reveal) and for another district's office.
        var url = $"/subjects/{subjectId}/records/{recordId}";
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var page = await HtmlPages.GetAsync(office, url);
        Assert.Contains(masked, page.QuerySelector("#record-fields")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(legalRepId, page.Body!.OuterHtml, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#reveal-personal"));

        using var elsewhere = await SignedInClient.CreateAsync(factory, "changxing.xyb");
        var other = await HtmlPages.GetAsync(elsewhere, url);
        Assert.Contains(masked, other.QuerySelector("#record-fields")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(legalRepId, other.Body!.OuterHtml, StringComparison.Ordinal);
        Assert.Null(other.QuerySelector("#reveal-personal"));
        Assert.Null((await HtmlPages.GetAsync(staff, url)).QuerySelector("#reveal-personal"));
    }

    [Fact]
    public async Task The_full_value_is_revealed_only_with_a_purpose_to_an_allowed_role_and_district_and_is_audited()
    {
        var file = new PenaltyFile();
        var uscc = Unique.Uscc("330502");
        file.AddEnterprise(uscc, "吴兴" + file.Marker + "丝绸有限公司");
        var legalRepId = file.Rows[0][Column("法定代表人证件号码")];
        using var staff = await SignedInClient.CreateAsync(factory, "scjg.staff");
        await UploadAndProcessAsync(staff, file.ToCsv(Gb18030), "处罚.csv");
        var subjectId = await factory.Database.ScalarAsync<long>("SELECT id FROM credit.subjects WHERE uscc = $1", uscc);
        var recordId = await factory.Database.ScalarAsync<long>("SELECT id FROM credit.credit_records WHERE subject_id = $1", subjectId);
        var url = $"/subjects/{subjectId}/records/{recordId}";
        var reveal = url + "/reveal";

        // Another district's credit office and a department clerk: refused, nothing shown, nothing audited.
        foreach (var user in new[] { "changxing.xyb", "scjg.staff" })
        {
            using var client = await SignedInClient.CreateAsync(factory, user);
            var page = await HtmlPages.GetAsync(client, url);
            using var refused = await HtmlPages.PostAsync(client, reveal,
                [new("revealPurpose", Purpose), new(HtmlPages.AntiforgeryField, HtmlPages.AntiforgeryToken(page))]);
            Huzhou.Credit.IntegrationTests.Identity.RoleAccessTests.AssertDenied(refused, reveal);
            Assert.DoesNotContain(legalRepId, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(0L, await AuditCountAsync(subjectId));

        // The city credit office without a purpose: asked for one, nothing shown, nothing audited.
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var record = await HtmlPages.GetAsync(office, url);
        using (var noPurpose = await HtmlPages.PostAsync(office, reveal, [new(HtmlPages.AntiforgeryField, HtmlPages.AntiforgeryToken(record))]))
        {
            Assert.Equal(HttpStatusCode.OK, noPurpose.StatusCode);
            var body = await noPurpose.Content.ReadAsStringAsync();
            Assert.DoesNotContain(legalRepId, body, StringComparison.Ordinal);
            Assert.Contains("请选择查看完整个人信息的用途", body, StringComparison.Ordinal);
        }

        Assert.Equal(0L, await AuditCountAsync(subjectId));

        // With a purpose: the full value, and an audit row naming the purpose.
        using var revealed = await HtmlPages.PostFormAsync(office, record, "#reveal-personal", new() { ["revealPurpose"] = Purpose });
        Assert.Equal(HttpStatusCode.OK, revealed.StatusCode);
        var shown = await HtmlPages.ParseAsync(revealed);
        Assert.Contains(legalRepId, shown.QuerySelector("#record-fields")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("沈建国", shown.QuerySelector("#record-fields")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1L, await AuditCountAsync(subjectId));
        Assert.Equal(Purpose, await factory.Database.ScalarAsync<string>(
            "SELECT purpose FROM credit.audit_log WHERE action = 'subjects.record.reveal-personal' AND subject_id = $1", subjectId));

        // A reviewer of the providing bureau may too (the person view's roles).
        using var reviewer = await SignedInClient.CreateAsync(factory, "scjg.reviewer");
        using var byReviewer = await HtmlPages.PostFormAsync(reviewer, await HtmlPages.GetAsync(reviewer, url), "#reveal-personal", new() { ["revealPurpose"] = "行政执法与监管" });
        Assert.Contains(legalRepId, await byReviewer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(2L, await AuditCountAsync(subjectId));
    }

    [Fact]
    public async Task Api_answers_and_public_and_staff_pages_never_show_the_clear_value_and_a_changed_value_is_an_update()
    {
        using var admin = await SignedInClient.CreateAsync(factory, "admin");
        var key = await ApiKeys.IssueAsync(admin, "市场监管执法办案系统-" + Unique.Digits(4), "collection:write", 100, "湖州市市场监督管理局");
        var readKey = await ApiKeys.IssueAsync(admin, "查询系统-" + Unique.Digits(4), "subjects:read", 100);
        var file = new PenaltyFile();
        var uscc = Unique.Uscc("330502");
        file.AddEnterprise(uscc, "吴兴" + file.Marker + "茶叶有限公司", date: "2026-10-01");
        var legalRepId = file.Rows[0][Column("法定代表人证件号码")];
        var body = file.Rows.Select(r => PenaltyFile.Headers.Zip(r).ToDictionary(p => p.First, p => p.Second)).ToList();
        using var api = SignedInClient.Anonymous(factory);

        using var delivered = await SendAsync(api, key, body);
        var answer = await delivered.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, delivered.StatusCode);
        Assert.DoesNotContain(legalRepId, answer, StringComparison.Ordinal);
        Assert.Equal(1, JsonDocument.Parse(answer).RootElement.GetProperty("inserted").GetInt32());
        var subjectId = await factory.Database.ScalarAsync<long>("SELECT id FROM credit.subjects WHERE uscc = $1", uscc);
        Assert.Equal(0L, await factory.Database.ScalarAsync<long>(
            "SELECT count(*) FROM credit.credit_records r WHERE r.subject_id = $1 AND row_to_json(r)::text LIKE '%' || $2 || '%'", subjectId, legalRepId));

        // The same row again is unchanged (the hash takes the personal values in as a keyed digest) ...
        using (var again = await SendAsync(api, key, body))
        {
            Assert.Equal(1, (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("unchanged").GetInt32());
        }

        // ... a changed legal representative's ID number is an update, whose history keeps the old value only encrypted.
        var newId = Unique.ResidentId("330503");
        body[0]["法定代表人证件号码"] = newId;
        using (var changed = await SendAsync(api, key, body))
        {
            Assert.Equal(1, (await changed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("updated").GetInt32());
        }

        Assert.Equal(0L, await factory.Database.ScalarAsync<long>(
            "SELECT count(*) FROM credit.credit_record_changes c WHERE c.subject_id = $1 AND (row_to_json(c)::text LIKE '%' || $2 || '%' OR c.old_personal IS NULL)",
            subjectId, legalRepId));
        Assert.Equal(1L, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.credit_record_changes WHERE subject_id = $1", subjectId));

        // Every reader: the registry API, the public dossier, the staff dossier, the record page with its history.
        using (var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/subjects/{uscc}"))
        {
            request.Headers.Add("X-Api-Key", readKey);
            using var registry = await api.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, registry.StatusCode);
            AssertNeither(await registry.Content.ReadAsStringAsync());
        }

        using var visitor = factory.CreateClient();
        AssertNeither((await HtmlPages.GetAsync(visitor, $"/public/dossier/{uscc}?section={DossierSection.AdministrativePenalty}")).Body!.OuterHtml);
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        AssertNeither((await HtmlPages.GetAsync(office, $"/dossier/{subjectId}?section={DossierSection.AdministrativePenalty}")).Body!.OuterHtml);
        var recordId = await factory.Database.ScalarAsync<long>("SELECT id FROM credit.credit_records WHERE subject_id = $1", subjectId);
        var record = await HtmlPages.GetAsync(office, $"/subjects/{subjectId}/records/{recordId}");
        AssertNeither(record.Body!.OuterHtml);
        Assert.Contains(newId[..6] + "********" + newId[^4..], record.QuerySelector("#record-fields")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(legalRepId[..6] + "********" + legalRepId[^4..], record.QuerySelector("#record-history")!.TextContent, StringComparison.Ordinal);

        void AssertNeither(string text)
        {
            Assert.DoesNotContain(legalRepId, text, StringComparison.Ordinal);
            Assert.DoesNotContain(newId, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_data_migration_encrypts_records_and_history_written_before_and_a_second_run_changes_nothing()
    {
        var uscc = Unique.Uscc("330502");
        var legalRepId = Unique.ResidentId("330502");
        var oldId = Unique.ResidentId("330521");
        var number = $"湖市监处罚〔2026〕{Unique.Digits(6)}号";
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var period = new PublicityPeriod(today.AddDays(-10), today.AddYears(1), today.AddMonths(3), PenaltyClass.General, "2025", true);
        // Written the old way: the clear values in the payload, nothing encrypted.
        await Deliveries.DeliverAsync(factory, [new IncomingCreditRecord(1, SubjectKeyKind.Uscc, uscc, "吴兴旧数据有限公司", "XZCF", 1, number, today.AddDays(-10), period, Payload(legalRepId, number, today.AddDays(-10)))]);
        var subjectId = await factory.Database.ScalarAsync<long>("SELECT id FROM credit.subjects WHERE uscc = $1", uscc);
        var recordId = await factory.Database.ScalarAsync<long>("SELECT id FROM credit.credit_records WHERE subject_id = $1", subjectId);
        await factory.Database.ExecuteAsync(
            "INSERT INTO credit.credit_record_changes (subject_id, record_id, changed_at, actor, what, old_payload) VALUES ($1, $2, now(), 'old', 2, $3)",
            subjectId, recordId, Payload(oldId, number, today.AddDays(-10)));
        Assert.Equal(legalRepId, await factory.Database.ScalarAsync<string>("SELECT payload::json->>10 FROM credit.credit_records WHERE subject_id = $1", subjectId));
        // A database migrated before this change: the step has not run.
        await factory.Database.ExecuteAsync("DELETE FROM credit.record_data_migrations");

        await RunMigrationAsync();

        var protector = factory.Services.GetRequiredService<PersonalDataProtector>();
        var (payload, personal, hash) = await RecordAsync(subjectId);
        Assert.DoesNotContain(legalRepId, payload, StringComparison.Ordinal);
        Assert.DoesNotContain("沈建国", payload, StringComparison.Ordinal);
        Assert.Equal(legalRepId[..6] + "********" + legalRepId[^4..], JsonDocument.Parse(payload).RootElement[10].GetString());
        Assert.Equal("沈*国", JsonDocument.Parse(payload).RootElement[8].GetString());
        var values = JsonDocument.Parse(protector.Decrypt(personal!)).RootElement;
        Assert.Equal(legalRepId, values.GetProperty("10").GetString());
        Assert.Equal("沈建国", values.GetProperty("8").GetString());
        var history = await factory.Database.ScalarAsync<string>("SELECT old_payload FROM credit.credit_record_changes WHERE subject_id = $1", subjectId);
        Assert.DoesNotContain(oldId, history, StringComparison.Ordinal);
        Assert.Equal(oldId, JsonDocument.Parse(protector.Decrypt(await factory.Database.ScalarAsync<byte[]>(
            "SELECT old_personal FROM credit.credit_record_changes WHERE subject_id = $1", subjectId))).RootElement.GetProperty("10").GetString());

        // Marked done; and forced to run again from the start it changes nothing.
        Assert.Equal(1L, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.record_data_migrations WHERE completed_at IS NOT NULL"));
        await factory.Database.ExecuteAsync("DELETE FROM credit.record_data_migrations");
        await RunMigrationAsync();
        var second = await RecordAsync(subjectId);
        Assert.Equal(payload, second.Payload);
        Assert.Equal(personal, second.Personal);
        Assert.Equal(hash, second.Hash);
        Assert.Equal(history, await factory.Database.ScalarAsync<string>("SELECT old_payload FROM credit.credit_record_changes WHERE subject_id = $1", subjectId));

        // The migrated record hashes as the new writer would: the same row delivered again is unchanged.
        await Deliveries.DeliverAsync(factory, [new IncomingCreditRecord(1, SubjectKeyKind.Uscc, uscc, "吴兴旧数据有限公司", "XZCF", 1, number, today.AddDays(-10), period,
            payload, null, $"{{\"8\":\"沈建国\",\"10\":\"{legalRepId}\"}}")]);
        Assert.Equal(hash, (await RecordAsync(subjectId)).Hash);
        Assert.Equal(1L, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.credit_record_changes WHERE subject_id = $1", subjectId));
    }

    private static string Payload(string legalRepId, string number, DateOnly decided) =>
        $"[\"吴兴旧数据有限公司\",\"02\",null,null,null,null,null,null,\"沈建国\",\"01\",\"{legalRepId}\",null,null,\"{number}\",\"虚假宣传\",\"经查属实\",\"《反不正当竞争法》第二十条\",\"12\",\"罚款五万元\",\"5\",null,null,\"{decided:yyyy-MM-dd}\",\"{decided:yyyy-MM-dd}\",null,\"湖州市市场监督管理局\",\"11330500002546138B\",\"湖州市市场监督管理局\",\"11330500002546138B\",null,\"02\"]";

    private async Task RunMigrationAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PersonalPayloadMigration>().RunAsync(CancellationToken.None);
    }

    private async Task<(string Payload, byte[]? Personal, byte[] Hash)> RecordAsync(long subjectId)
    {
        await using var command = factory.Database.CreateCommand("SELECT payload, personal, payload_hash FROM credit.credit_records WHERE subject_id = $1");
        command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = subjectId });
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return (reader.GetString(0), reader.IsDBNull(1) ? null : (byte[])reader[1], (byte[])reader[2]);
    }

    private Task<long> AuditCountAsync(long subjectId) => factory.Database.ScalarAsync<long>(
        "SELECT count(*) FROM credit.audit_log WHERE action = 'subjects.record.reveal-personal' AND subject_id = $1", subjectId);

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string key, List<Dictionary<string, string>> rows)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/collection/XZCF/records") { Content = JsonContent.Create(rows) };
        request.Headers.Add("X-Api-Key", key);
        return await client.SendAsync(request);
    }

    private async Task<long> UploadAndProcessAsync(HttpClient client, byte[] bytes, string fileName)
    {
        var upload = await HtmlPages.GetAsync(client, "/collection/upload");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(HtmlPages.AntiforgeryToken(upload)), HtmlPages.AntiforgeryField },
            { new StringContent("XZCF"), "itemCode" },
        };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", fileName);
        using var response = await client.PostAsync("/collection/upload", form);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, HtmlPages.Describe(await response.Content.ReadAsStringAsync()));
        var previewUrl = HtmlPages.Location(response);
        var preview = await HtmlPages.GetAsync(client, previewUrl);
        using var confirmed = await HtmlPages.PostFormAsync(client, preview, "form[action$='/confirm']", []);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var id = long.Parse(previewUrl.Split('/')[3], System.Globalization.CultureInfo.InvariantCulture);
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CollectionJobs>().ProcessBatchAsync(id, CancellationToken.None);
        Assert.Equal(4, await factory.Database.ScalarAsync<int>("SELECT status::int FROM credit.collection_batches WHERE id = $1", id));
        return id;
    }
}
