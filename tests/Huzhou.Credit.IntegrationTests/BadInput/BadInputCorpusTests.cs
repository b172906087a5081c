using System.Globalization;
using System.Text.Json;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Huzhou.Credit.IntegrationTests.BadInput;

/// <summary>
/// Issue #23's bad-input corpus (<c>BadInput/corpus/manifest.json</c>): malformed and hostile files, bombs, huge and
/// wide files, control characters and bidi overrides in every API body field and in key forms. Each case is sent to
/// the application running in a process of its own; it must get its documented answer (a Chinese reason, or an
/// acceptance with the reason why), never a 500; a refused input stores nothing and no batch is left half-done; and
/// the server's peak working set stays under <see cref="BadInputServer.PeakBound"/>.
/// </summary>
[Collection(CreditCollection.Name)]
public sealed class BadInputCorpusTests(CreditAppFactory factory, ITestOutputHelper output)
{
    /// <summary>Set to a file path to write what each case answered instead of asserting it (for writing new cases).</summary>
    private static readonly string? Record = Environment.GetEnvironmentVariable("CREDIT_BADINPUT_RECORD");

    public static TheoryData<string> Cases => new(BadInputCase.Cases.Select(c => c.Id));

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Bad_input_gets_a_Chinese_refusal_or_a_documented_acceptance_and_bounded_memory(string id)
    {
        var c = BadInputCase.Cases.Single(x => x.Id == id);
        var server = await BadInputServer.GetAsync(factory);
        var storedBefore = await server.CountsAsync(c, stored: true);
        var halfBefore = await server.CountsAsync(c, stored: false);

        BadInputOutcome outcome;
        try
        {
            outcome = await server.RunAsync(c);
        }
        finally
        {
            BadInputFiles.Forget(c);
        }

        Assert.False(server.App.HasExited, $"The app process died on {id}:\n{server.App.Output}");
        var (resident, peak) = server.App.Memory();
        output.WriteLine($"{id}: {outcome.Status} accepted={outcome.Accepted} — {Cut(outcome.Text, 300)}");
        output.WriteLine($"app process: VmRSS {resident / 1024 / 1024} MB, VmHWM {peak / 1024 / 1024} MB (bound {BadInputServer.PeakBound / 1024 / 1024} MB)");
        if (Record is not null)
        {
            lock (Recorded)
            {
                File.AppendAllText(Record, JsonSerializer.Serialize(new { id, outcome.Status, outcome.Accepted, text = Cut(outcome.Text, 400), peakMb = peak / 1024 / 1024 }) + "\n");
            }

            return;
        }

        Assert.True(outcome.Status < 500, $"{id} answered {outcome.Status}: {Cut(outcome.Text, 1000)}\n{server.App.Output}");
        Assert.True(c.Status == outcome.Status, $"{id}: expected {c.Status}, got {outcome.Status}: {Cut(outcome.Text, 1000)}");
        if (c.Text is not null)
        {
            Assert.True(outcome.Text.Contains(c.Text, StringComparison.Ordinal), $"{id}: “{c.Text}” is not in the answer: {Cut(outcome.Text, 1000)}");
        }

        if (c.Accepted is null)
        {
            Assert.False(outcome.Accepted, $"{id} was accepted but the manifest documents no acceptance: {Cut(outcome.Text, 1000)}");
            Assert.True(c.RefusedBy is not null || (c.Text is not null && c.Text.Any(ch => ch is >= '\u4E00' and <= '\u9FFF')),
                $"{id}: a refusal must name its Chinese reason in the manifest (or, refused by the HTTP server itself, say so in refusedBy).");
            Assert.Equal(storedBefore, await server.CountsAsync(c, stored: true));
        }
        else
        {
            Assert.True(outcome.Accepted, $"{id} is documented as accepted ({c.Accepted}) but was refused: {Cut(outcome.Text, 1000)}");
        }

        Assert.Equal(halfBefore, await server.CountsAsync(c, stored: false));
        Assert.True(peak <= BadInputServer.PeakBound,
            $"After {id} the app's peak working set is {peak / 1024 / 1024} MB, over the {BadInputServer.PeakBound / 1024 / 1024} MB bound.");
    }

    [Fact]
    public void The_corpus_has_at_least_150_cases_each_documented()
    {
        var cases = BadInputCase.Cases;

        Assert.True(cases.Count >= 150, $"{cases.Count} cases");
        Assert.All(cases, c => Assert.True((c.File ?? c.Generate ?? c.Body ?? c.Path) is not null, $"{c.Id} sends nothing"));
        Assert.All(cases.Where(c => c.File is not null), c => Assert.True(File.Exists(BadInputFiles.PathOf(c)), $"{c.Id}: {c.File} is missing"));
        Assert.All(cases.Where(c => c.File is not null), c =>
            Assert.True(new FileInfo(BadInputFiles.PathOf(c)).Length < 64 * 1024, $"{c.Id}: committed files stay small; generate large ones"));
        output.WriteLine(string.Join(", ", cases.GroupBy(c => c.Target).Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key} {g.Count()}"))));
    }

    private static readonly object Recorded = new();

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length] + "…";
}
