using System.Text.RegularExpressions;

namespace Huzhou.Credit.ArchitectureTests;

/// <summary>
/// Issue #25 §5: a newcomer finds a type by its name in one step, so every top-level type of <c>src/</c> is in a file
/// named after it (a generic and a non-generic type of one name, such as <c>Result</c> and <c>Result&lt;T&gt;</c>, share
/// it; <c>file</c>-local types live beside the one type that uses them). The one exception is the check API's requests,
/// which the same issue (§4) asks for in one file.
/// </summary>
public sealed partial class FileLayoutTests
{
    private static readonly HashSet<string> OneFileOnPurpose = new(StringComparer.Ordinal)
    {
        "CheckRequests.cs",
    };

    [Fact]
    public void Every_type_is_in_a_file_named_after_it()
    {
        var source = Path.Combine(RepositoryLayout.Root, "src");
        var files = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        Assert.True(files.Count > 800, $"only {files.Count} source files found: the test would pass vacuously");

        var offenders = new List<string>();
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            if (OneFileOnPurpose.Contains(name) || name == "Program.cs")
            {
                continue;
            }

            // File-scoped namespaces: a top-level type starts in column 0; nested types are indented.
            var types = File.ReadLines(file).Select(l => TopLevelType().Match(l))
                .Where(m => m.Success && !m.Groups["file"].Success)
                .Select(m => m.Groups["name"].Value)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            var expected = Path.GetFileNameWithoutExtension(file).Split('.')[0];
            if (types.Count > 1 || (types.Count == 1 && types[0] != expected))
            {
                offenders.Add($"{Path.GetRelativePath(source, file)}: {string.Join(", ", types)}");
            }
        }

        Assert.True(offenders.Count == 0, "Files whose types are not named after them (one type per file):" +
            Environment.NewLine + string.Join(Environment.NewLine, offenders));
    }

    [GeneratedRegex(@"^(?:(?:public|internal|sealed|static|abstract|partial|readonly|ref|(?<file>file))\s+)*(?:class|record\s+struct|record\s+class|record|struct|interface|enum|delegate\s+\S+)\s+(?<name>[A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex TopLevelType();
}
