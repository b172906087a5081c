using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace Huzhou.Credit.IntegrationTests.BadInput;

/// <summary>
/// One entry of <c>BadInput/corpus/manifest.json</c>: what is sent to which part of the platform, and what must come
/// back. See <c>tests/README.md</c> (“Bad-input corpus”) for the fields and how to add a case.
/// </summary>
internal sealed partial record BadInputCase
{
    /// <summary>Unique, stable, path-like (<c>csv/nul-in-cell</c>); the test's display name.</summary>
    public required string Id { get; init; }

    /// <summary>
    /// Where the input goes: <c>collection-upload</c> (the upload wizard up to its preview), <c>list-import</c>,
    /// <c>points-import</c>, <c>collection-api</c>, <c>check-api</c>, <c>subjects-api</c>, <c>integrity-api</c>, <c>form</c>.
    /// </summary>
    public required string Target { get; init; }

    /// <summary>A committed file under <c>corpus/files/</c> (small inputs).</summary>
    public string? File { get; init; }

    /// <summary>A generator of <see cref="BadInputFiles"/> (large or binary inputs, made at test time into a temp folder).</summary>
    public string? Generate { get; init; }

    /// <summary>The file name sent with a file (its extension decides the reader).</summary>
    public string? Name { get; init; }

    /// <summary>HTTP method of an API case (POST unless said).</summary>
    public string? Method { get; init; }

    /// <summary>The path of an API case, or of the page whose form a form case submits.</summary>
    public string? Path { get; init; }

    /// <summary>The body as sent, after <see cref="Expand"/> (API cases).</summary>
    public string? Body { get; init; }

    /// <summary>Content-Type of the body; <c>application/json</c> unless said.</summary>
    public string? ContentType { get; init; }

    /// <summary>The demo account a form or upload case is signed in as.</summary>
    [JsonPropertyName("as")]
    public string? User { get; init; }

    /// <summary>CSS selector of the form (form cases).</summary>
    public string? Form { get; init; }

    /// <summary>Form fields to set, after <see cref="Expand"/> (the other fields keep the page's values).</summary>
    public Dictionary<string, string>? Fields { get; init; }

    /// <summary>The expected status: of the POST for file and form cases, of the answer for API cases.</summary>
    public required int Status { get; init; }

    /// <summary>A fragment of the answer (the page's text or the JSON body) that must appear: the Chinese reason.</summary>
    public string? Text { get; init; }

    /// <summary>Set when the input is accepted on purpose: why that is right. Unset means refused, so nothing may be stored.</summary>
    public string? Accepted { get; init; }

    /// <summary>
    /// Set when the HTTP server itself refuses the request before the application sees it (Kestrel: a NUL in the path,
    /// a request line past its limit), so no Chinese text can come back: what refuses it and why.
    /// </summary>
    public string? RefusedBy { get; init; }

    /// <summary>What the case proves (for people reading the manifest).</summary>
    public string? Note { get; init; }

    public override string ToString() => Id;

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private static readonly Lazy<IReadOnlyList<BadInputCase>> All = new(Load);

    /// <summary>The corpus directory in the test output (copied from the project).</summary>
    public static string Directory { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "BadInput", "corpus");

    public static IReadOnlyList<BadInputCase> Cases => All.Value;

    /// <summary>
    /// Replaces <c>{{repeat:TEXT:COUNT}}</c> by TEXT repeated COUNT times (a 1 MB string written in a few characters),
    /// <c>{{uscc}}</c> by a valid unified social credit code of this run and <c>{{new-uscc}}</c> by one never used before.
    /// </summary>
    public static string Expand(string text, string uscc) =>
        Token().Replace(text, m => m.Groups["uscc"].Success
            ? (m.Groups["uscc"].Value == "new-uscc" ? Infrastructure.Unique.Uscc() : uscc)
            : new StringBuilder().Insert(0, m.Groups["text"].Value, int.Parse(m.Groups["count"].Value, CultureInfo.InvariantCulture)).ToString());

    private static List<BadInputCase> Load()
    {
        var cases = JsonSerializer.Deserialize<List<BadInputCase>>(System.IO.File.ReadAllText(System.IO.Path.Combine(Directory, "manifest.json")), Json)
            ?? throw new InvalidOperationException("manifest.json is empty.");
        var duplicate = cases.GroupBy(c => c.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Case id {duplicate.Key} appears twice in manifest.json.");
        }

        return cases;
    }

    [GeneratedRegex(@"\{\{(?:(?<uscc>uscc|new-uscc)|repeat:(?<text>.*?):(?<count>\d+))\}\}", RegexOptions.Singleline)]
    private static partial Regex Token();
}
