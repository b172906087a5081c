using Huzhou.Credit.Contracts.Records;
using Microsoft.Extensions.DependencyInjection;

namespace Huzhou.Credit.IntegrationTests.Infrastructure;

/// <summary>Delivers credit records through the real writer, as a department's batch would (each call its own batch id).</summary>
internal static class Deliveries
{
    private static int _batch = Random.Shared.Next(3_000_000, 9_000_000);

    public static async Task DeliverAsync(CreditAppFactory factory, IReadOnlyList<IncomingCreditRecord> rows, string department = "HZ-SJJ")
    {
        var writer = factory.Services.GetRequiredService<ICreditRecordWriter>();
        await using var batch = await writer.BeginAsync(Interlocked.Increment(ref _batch), department, "it-tests");
        foreach (var row in rows)
        {
            await batch.AddAsync(row);
        }

        await batch.CompleteAsync();
        await factory.SettleEventsAsync();
    }
}
