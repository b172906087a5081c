using Huzhou.Credit.Collection.Domain;
using Huzhou.Credit.Collection.Features;
using Huzhou.Credit.Collection.Jobs;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Huzhou.Credit.IntegrationTests.Subjects;
using Huzhou.Credit.Subjects.Records;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Registration = Huzhou.Credit.Contracts.Catalogue.WellKnownItems.MarketSubjectRegistration;

namespace Huzhou.Credit.IntegrationTests.Collection;

/// <summary>The registry learns from deliveries: registration rows (SCZTDJ) update the organisations they describe.</summary>
[Collection(CreditCollection.Name)]
public sealed class RegistrationDeliveryTests(CreditAppFactory factory)
{
    private const string Actor = "scjg.staff";

    private static int _batch = Random.Shared.Next(9_000_000, 10_000_000);

    [Fact]
    public async Task Registration_row_renames_a_company_and_keeps_the_old_name_in_history()
    {
        var (uscc, id, oldName) = await VerifiedCompanyAsync();
        var file = new RegistrationFile();
        var newName = $"湖州{file.Marker}新材料有限公司";
        var events = await SubjectsChangedEventsAsync(id);

        await DeliverFileAsync(file.Add(uscc, newName));

        Assert.Equal(newName, await factory.Database.ScalarAsync<string>("SELECT name FROM credit.subjects WHERE id = $1", id));
        Assert.Equal([oldName, newName], await ChangeAsync(id, "名称"));
        Assert.Equal(Actor, await factory.Database.ScalarAsync<string>(
            "SELECT changed_by FROM credit.subject_changes WHERE subject_id = $1 AND field = '名称'", id));
        // The public name search follows (trigger-maintained postings) and listeners hear of the change.
        Assert.Equal(0L, await factory.Database.ScalarAsync<long>(
            "SELECT count(*) FROM credit.organisation_name_bigrams WHERE subject_id = $1 AND name = $2", id, oldName));
        Assert.True(await factory.Database.ScalarAsync<long>(
            "SELECT count(*) FROM credit.organisation_name_bigrams WHERE subject_id = $1 AND name = $2", id, newName) > 0);
        Assert.Equal(events + 1, await SubjectsChangedEventsAsync(id));
    }

    [Fact]
    public async Task Deregistration_row_sets_the_status_and_an_older_row_does_not_undo_it()
    {
        var (uscc, id, name) = await VerifiedCompanyAsync();

        await DeliverFileAsync(new RegistrationFile().Add(uscc, name, Registration.StatusCancelled, approvedOn: "2026-09-01"));
        await DeliverFileAsync(new RegistrationFile().Add(uscc, name, Registration.StatusActive, approvedOn: "2026-08-01"));

        Assert.Equal((short)3, await factory.Database.ScalarAsync<short>("SELECT status FROM credit.subjects WHERE id = $1", id));
        Assert.Equal(["存续（在业）", "注销"], await ChangeAsync(id, "登记状态"));
        Assert.Equal(1L, await factory.Database.ScalarAsync<long>(
            "SELECT count(*) FROM credit.subject_changes WHERE subject_id = $1 AND field = '登记状态'", id));
    }

    [Fact]
    public async Task New_legal_representative_replaces_the_old_one()
    {
        var (uscc, id, name) = await VerifiedCompanyAsync();
        await DeliverFileAsync(new RegistrationFile().Add(uscc, name, legalRepresentative: "张建华", approvedOn: "2026-03-01"));

        await DeliverFileAsync(new RegistrationFile().Add(uscc, name, legalRepresentative: "李卫东", capital: "250.5", approvedOn: "2026-07-01"));

        Assert.Equal("李卫东", await factory.Database.ScalarAsync<string>("SELECT legal_representative FROM credit.subjects WHERE id = $1", id));
        Assert.Equal(["张建华", "李卫东"], await ChangeAsync(id, "法定代表人"));
        Assert.Equal(250.5m, await factory.Database.ScalarAsync<decimal>("SELECT registered_capital FROM credit.subjects WHERE id = $1", id));
        Assert.Equal(["100", "250.5"], await ChangeAsync(id, "注册资本（万元）"));
    }

    [Fact]
    public async Task Pending_subject_confirmed_by_a_registration_row_is_verified_by_the_delivery()
    {
        var uscc = Unique.Uscc();
        var name = $"湖州{Unique.ChineseFragment()}贸易有限公司";
        var id = await PendingCompanyAsync(uscc, name);

        await DeliverFileAsync(new RegistrationFile().Add(uscc, name));

        Assert.Equal((short)1, await factory.Database.ScalarAsync<short>("SELECT verification FROM credit.subjects WHERE id = $1", id));
        Assert.Equal(Actor, await factory.Database.ScalarAsync<string>("SELECT verified_by FROM credit.subjects WHERE id = $1", id));
        Assert.True(await factory.Database.ScalarAsync<bool>("SELECT verified_at IS NOT NULL FROM credit.subjects WHERE id = $1", id));
        Assert.Equal(["待核实", "已核实"], await ChangeAsync(id, "核实状态"));
    }

    [Fact]
    public async Task Pending_subject_whose_code_fails_the_check_character_stays_pending()
    {
        // Bulk files refuse such codes today, so the rows go straight to the record writer, as another caller may.
        var warned = Unique.WithWrongCheckCharacter(Unique.Uscc());
        var valid = Unique.Uscc();
        var warnedId = await PendingCompanyAsync(warned, $"湖州{Unique.ChineseFragment()}有限公司");
        var validId = await PendingCompanyAsync(valid, $"湖州{Unique.ChineseFragment()}有限公司");
        var facts = new SubjectRegistrationFacts(
            "湖州登记确认有限公司", RegisteredStatus.Active, "沈建国", 100m, new DateOnly(2015, 3, 1), null, new DateOnly(2026, 6, 1));

        await WriteAsync([RegistrationRecord(1, warned, facts), RegistrationRecord(2, valid, facts)]);

        Assert.True(await factory.Database.ScalarAsync<bool>("SELECT uscc_check_warning FROM credit.subjects WHERE id = $1", warnedId));
        Assert.Equal((short)2, await factory.Database.ScalarAsync<short>("SELECT verification FROM credit.subjects WHERE id = $1", warnedId));
        Assert.Empty(await ChangeAsync(warnedId, "核实状态"));
        // The rest of the row still applies; and the same row verifies a subject whose code is sound.
        Assert.Equal("沈建国", await factory.Database.ScalarAsync<string>("SELECT legal_representative FROM credit.subjects WHERE id = $1", warnedId));
        Assert.Equal((short)1, await factory.Database.ScalarAsync<short>("SELECT verification FROM credit.subjects WHERE id = $1", validId));
    }

    [Fact]
    public async Task Redelivering_the_same_registration_file_writes_no_new_history()
    {
        var (uscc, id, _) = await VerifiedCompanyAsync();
        var file = new RegistrationFile().Add(uscc, $"湖州{Unique.ChineseFragment()}科技有限公司", Registration.StatusRevoked, legalRepresentative: "钱小明");
        await DeliverFileAsync(file);
        var history = await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.subject_changes WHERE subject_id = $1", id);
        var updatedAt = await factory.Database.ScalarAsync<DateTime>("SELECT updated_at FROM credit.subjects WHERE id = $1", id);
        var events = await SubjectsChangedEventsAsync(id);

        var again = await DeliverFileAsync(file);

        Assert.Equal(1L, await factory.Database.ScalarAsync<long>("SELECT unchanged FROM credit.collection_batches WHERE id = $1", again));
        // 名称, 登记状态, 法定代表人, 注册资本, 成立日期, 住所 after the registration row, besides the 登记 row; nothing more.
        Assert.Equal(7L, history);
        Assert.Equal(history, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.subject_changes WHERE subject_id = $1", id));
        Assert.Equal(updatedAt, await factory.Database.ScalarAsync<DateTime>("SELECT updated_at FROM credit.subjects WHERE id = $1", id));
        Assert.Equal(events, await SubjectsChangedEventsAsync(id));
    }

    [Fact]
    public async Task Latest_registration_row_of_a_batch_wins()
    {
        var (uscc, id, _) = await VerifiedCompanyAsync();
        var file = new RegistrationFile();
        var newest = $"湖州{file.Marker}丝绸有限公司";
        file.Add(uscc, $"湖州{file.Marker}甲有限公司", approvedOn: "2026-05-01")
            .Add(uscc, newest, approvedOn: "2026-07-01")
            .Add(uscc, $"湖州{file.Marker}乙有限公司", approvedOn: "2026-06-01");

        await DeliverFileAsync(file);

        Assert.Equal(newest, await factory.Database.ScalarAsync<string>("SELECT name FROM credit.subjects WHERE id = $1", id));
        Assert.Equal(1L, await factory.Database.ScalarAsync<long>(
            "SELECT count(*) FROM credit.subject_changes WHERE subject_id = $1 AND field = '名称'", id));
    }

    [Fact]
    public async Task Abandoned_delivery_changes_nothing_in_the_registry()
    {
        var (uscc, id, name) = await VerifiedCompanyAsync();
        var writer = factory.Services.GetRequiredService<ICreditRecordWriter>();
        var facts = new SubjectRegistrationFacts("湖州改名未成有限公司", RegisteredStatus.Cancelled, "钱小明", null, null, null, new DateOnly(2026, 6, 1));
        var item = "IT" + Unique.Digits(6);
        var events = await SubjectsChangedEventsAsync(id);

        await using (var batch = await writer.BeginAsync(Interlocked.Increment(ref _batch), "HZ-SJJ", Actor))
        {
            await batch.AddAsync(RegistrationRecord(1, uscc, facts));
            // Two more full chunks: handing over the third waits until the writer took the second, so the first (with
            // the registration row) has been written inside the open transaction.
            for (var i = 0; i < 3 * CreditRecordBatchWriter.ChunkSize; i++)
            {
                await batch.AddAsync(new IncomingCreditRecord(i + 2, SubjectKeyKind.Uscc, uscc, name, item, 1, "K-" + i, new DateOnly(2026, 3, 1),
                    Period(new DateOnly(2026, 3, 1)), "[]"));
            }

            // The rename is in the database, uncommitted: the delivery holds the subject's row lock of an update (the
            // records' own writes would take at most a key-share lock, which this probe does not conflict with).
            var locked = await Assert.ThrowsAsync<PostgresException>(async () =>
            {
                await using var connection = await factory.Database.OpenConnectionAsync();
                await using var transaction = await connection.BeginTransactionAsync();
                const string probe = "SELECT 1 FROM credit.subjects WHERE id = $1 FOR NO KEY UPDATE NOWAIT";
                await using var command = new NpgsqlCommand(probe, connection, transaction);
                command.Parameters.Add(new NpgsqlParameter { Value = id });
                await command.ExecuteScalarAsync();
            });
            Assert.Equal("55P03", locked.SqlState);
        }

        Assert.Equal(name, await factory.Database.ScalarAsync<string>("SELECT name FROM credit.subjects WHERE id = $1", id));
        Assert.Equal((short)1, await factory.Database.ScalarAsync<short>("SELECT status FROM credit.subjects WHERE id = $1", id));
        Assert.Equal(1L, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.subject_changes WHERE subject_id = $1", id));
        Assert.Equal(events, await SubjectsChangedEventsAsync(id));
    }

    /// <summary>An organisation registered by the credit office through the form (verified, 存续, one 登记 history row).</summary>
    private async Task<(string Uscc, long Id, string Name)> VerifiedCompanyAsync()
    {
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var uscc = Unique.Uscc();
        var name = $"湖州{Unique.ChineseFragment()}有限公司";
        return (uscc, await SubjectForms.CreateOrganisationAsync(office, name, uscc), name);
    }

    /// <summary>An organisation a penalty delivery created as pending (待核实).</summary>
    private async Task<long> PendingCompanyAsync(string uscc, string name)
    {
        await WriteAsync([new IncomingCreditRecord(1, SubjectKeyKind.Uscc, uscc, name, "XZCF", 1, "湖市监处罚〔2026〕" + Unique.Digits(6) + "号",
            new DateOnly(2026, 3, 1), Period(new DateOnly(2026, 3, 1)), "[]")]);
        var id = await factory.Database.ScalarAsync<long>("SELECT id FROM credit.subjects WHERE uscc = $1", uscc);
        Assert.Equal((short)2, await factory.Database.ScalarAsync<short>("SELECT verification FROM credit.subjects WHERE id = $1", id));
        return id;
    }

    [Fact]
    public async Task Another_departments_registration_file_or_a_future_approval_date_changes_no_subject()
    {
        var (uscc, id, name) = await VerifiedCompanyAsync();
        var file = new RegistrationFile();

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            using var content = new MemoryStream(file.Add(uscc, $"湖州{file.Marker}冒名有限公司", Registration.StatusRevoked).ToCsv());
            var refused = await scope.ServiceProvider.GetRequiredService<BatchIntake>().CreateAsync(
                WellKnownItems.MarketSubjectRegistration.Code, "HZ-STHJJ", "330500", Actor, BatchSource.Upload, "登记.csv", content, CancellationToken.None);
            Assert.False(refused.Succeeded);
            Assert.Contains("不是“市场主体登记信息”的报送部门", refused.Error, StringComparison.Ordinal);
        }

        await DeliverFileAsync(new RegistrationFile().Add(uscc, $"湖州{file.Marker}未来有限公司", Registration.StatusRevoked, approvedOn: "2199-12-31"));

        Assert.Equal(name, await factory.Database.ScalarAsync<string>("SELECT name FROM credit.subjects WHERE id = $1", id));
        Assert.Equal((short)1, await factory.Database.ScalarAsync<short>("SELECT status FROM credit.subjects WHERE id = $1", id));
    }

    private async Task<long> DeliverFileAsync(RegistrationFile file)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var intake = scope.ServiceProvider.GetRequiredService<BatchIntake>();
        using var content = new MemoryStream(file.ToCsv());
        var created = await intake.CreateAsync(WellKnownItems.MarketSubjectRegistration.Code, "HZ-SJJ", "330500", Actor, BatchSource.Upload, "市场主体登记信息.csv",
            content, CancellationToken.None);
        Assert.True(created.Succeeded, created.Error);
        Assert.True((await intake.ConfirmAsync(created.Value.Id, CancellationToken.None)).Succeeded);
        await scope.ServiceProvider.GetRequiredService<CollectionJobs>().ProcessBatchAsync(created.Value.Id, CancellationToken.None);
        var outcome = await factory.Database.ScalarAsync<long[]>(
            "SELECT ARRAY[status, rejected] FROM credit.collection_batches WHERE id = $1", created.Value.Id);
        Assert.Equal([4L, 0L], outcome);
        return created.Value.Id;
    }

    private async Task WriteAsync(IReadOnlyList<IncomingCreditRecord> rows)
    {
        var writer = factory.Services.GetRequiredService<ICreditRecordWriter>();
        await using var batch = await writer.BeginAsync(Interlocked.Increment(ref _batch), "HZ-SJJ", Actor);
        foreach (var row in rows)
        {
            await batch.AddAsync(row);
        }

        await batch.CompleteAsync();
    }

    private static IncomingCreditRecord RegistrationRecord(int number, string uscc, SubjectRegistrationFacts facts) =>
        new(number, SubjectKeyKind.Uscc, uscc, facts.Name, Registration.Code, 1, uscc, new DateOnly(2015, 3, 1), Period(new DateOnly(2015, 3, 1)),
            "[]", facts);

    private static PublicityPeriod Period(DateOnly start) => new(start, null, null, null, "2026.1", true);

    /// <summary>The old and new value of the subject's latest history row for a field, or empty when it has none.</summary>
    private async Task<string[]> ChangeAsync(long id, string field)
    {
        var latest = await factory.Database.ScalarAsync<string?>(
            "SELECT coalesce(old_value, '') || '|' || new_value FROM credit.subject_changes WHERE subject_id = $1 AND field = $2 ORDER BY id DESC LIMIT 1",
            id, field);
        return latest is null ? [] : latest.Split('|');
    }

    private Task<long> SubjectsChangedEventsAsync(long id) =>
        factory.Database.ScalarAsync<long>(
            "SELECT count(*) FROM credit.outbox_messages WHERE event_type = $1 AND payload->'subjectIds' @> jsonb_build_array($2::bigint)",
            SubjectsChanged.EventType, id);
}
