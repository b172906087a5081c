namespace Huzhou.Credit.IntegrationTests.Infrastructure;

/// <summary>The application's log files of this test run (Serilog's file sink under the test output's <c>logs</c> folder).</summary>
internal static class LogFiles
{
    /// <summary>Whether any log line written so far contains <paramref name="text"/>; throws when there is no log file to look in.</summary>
    public static bool Contain(string text)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "logs");
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.log") : [];
        if (files.Length == 0)
        {
            throw new InvalidOperationException($"No log file in {folder}: the assertion would prove nothing.");
        }

        foreach (var file in files)
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            if (reader.ReadToEnd().Contains(text, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
