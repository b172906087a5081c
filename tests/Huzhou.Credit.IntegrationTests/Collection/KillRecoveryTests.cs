using System.Diagnostics;
using System.Text;
using Huzhou.Credit.Collection.Domain;
using Huzhou.Credit.Collection.Features;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Huzhou.Credit.IntegrationTests.Collection;

/// <summary>
/// Issue #24 "Tests (in CI)": the built application, in a process of its own with its job servers, is killed
/// (SIGKILL) while it processes a 50,000-row batch and started again: the batch completes within 90 s of the restart
/// with each row stored once, and a second department's upload, queued meanwhile, completes too.
/// </summary>
[Collection(CreditCollection.Name)]
public sealed class KillRecoveryTests(CreditAppFactory factory)
{
    private const int Rows = 50_000;

    [Fact]
    public async Task A_batch_killed_mid_way_completes_within_90_seconds_of_the_restart_each_row_once()
    {
        var prefix = "湖市监处罚〔2026〕K" + Unique.Digits(5);
        var big = new PenaltyFile();
        var enterprises = Enumerable.Range(0, 100).Select(i => (Unique.Uscc(), $"湖州{big.Marker}{i}号有限公司")).ToArray();
        for (var i = 0; i < Rows; i++)
        {
            var (uscc, name) = enterprises[i % enterprises.Length];
            big.AddEnterprise(uscc, name, number: prefix + i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture) + "号");
        }

        var small = new PenaltyFile();
        var smallNumbers = Enumerable.Range(0, 20).Select(i => small.AddEnterprise(Unique.Uscc(), $"湖州{small.Marker}{i}号有限公司")).ToArray();

        var a = await QueueAsync("HZ-SJJ", big);
        var settings = new Dictionary<string, string>
        {
            ["Collection:BatchConcurrency"] = "2",
            ["Hangfire:ServerEnabled"] = "true",
            ["Serilog:MinimumLevel:Default"] = "Information",
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = factory.Smtp.Configuration.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Smtp:Security"] = "none",
            ["Citizens:Oidc:Authority"] = factory.IdentityProvider.Authority,
            ["Citizens:Oidc:ClientId"] = FakeIdentityProvider.ClientId,
            ["Citizens:Oidc:ClientSecret"] = FakeIdentityProvider.ClientSecret,
            ["Citizens:Oidc:RequireHttpsMetadata"] = "false",
        };

        var first = await AppProcess.StartAsync(factory.ConnectionString, settings);
        string firstOutput;
        try
        {
            // Killed while the batch is 处理中 with rows read.
            await Eventually.WaitAsync(async () => await factory.Database.ScalarAsync<long>("SELECT rows_read FROM credit.collection_batches WHERE id = $1 AND status = 3", a) > 0,
                TimeSpan.FromSeconds(90), () => Task.FromResult("the batch did not start: " + first.Output));
        }
        finally
        {
            await first.KillAsync();
            firstOutput = first.Output;
            await first.DisposeAsync();
        }

        Assert.Equal((short)BatchStatus.Running, await StatusAsync(a));
        var b = await QueueAsync("HZ-ZHZF", small);

        var restarted = Stopwatch.StartNew();
        await using var second = await AppProcess.StartAsync(factory.ConnectionString, settings);
        await Eventually.WaitAsync(async () => await StatusAsync(a) == (short)BatchStatus.Completed && await StatusAsync(b) == (short)BatchStatus.Completed,
            TimeSpan.FromSeconds(90), async () => $"not completed within 90 s of the restart: a {await StatusAsync(a)}, b {await StatusAsync(b)}\n--- first run:\n{firstOutput}\n--- second run:\n{second.Output}");
        var recovered = restarted.Elapsed;

        Assert.Equal((long)Rows, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.credit_records WHERE source_key LIKE $1 || '%'", prefix));
        Assert.Equal((long)Rows, await factory.Database.ScalarAsync<long>("SELECT count(DISTINCT source_key) FROM credit.credit_records WHERE source_key LIKE $1 || '%'", prefix));
        Assert.Equal((long)Rows, await factory.Database.ScalarAsync<long>("SELECT inserted + updated + unchanged FROM credit.collection_batches WHERE id = $1", a));
        Assert.Equal(20L, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.credit_records WHERE source_key = ANY($1)", (object)smallNumbers));
        Assert.True(await factory.Database.ScalarAsync<int>("SELECT attempts FROM credit.collection_batches WHERE id = $1", a) >= 2);
        Console.WriteLine($"Kill -9 recovery: {Rows:N0}-row batch completed {recovered.TotalSeconds:0.0} s after the restart");
    }

    private async Task<long> QueueAsync(string department, PenaltyFile file)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var intake = scope.ServiceProvider.GetRequiredService<BatchIntake>();
        using var content = new MemoryStream(file.ToCsv(new UTF8Encoding(false)));
        var created = await intake.CreateAsync("XZCF", department, "330500", "scjg.staff", BatchSource.Upload, "penalties.csv", content, CancellationToken.None);
        Assert.True(created.Succeeded, created.Error);
        Assert.True((await intake.ConfirmAsync(created.Value.Id, CancellationToken.None)).Succeeded);
        return created.Value.Id;
    }

    private Task<short> StatusAsync(long id) =>
        factory.Database.ScalarAsync<short>("SELECT status FROM credit.collection_batches WHERE id = $1", id);
}
