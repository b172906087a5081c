using Huzhou.Credit.Sanctions.Domain;
using Huzhou.Credit.SharedKernel.Identifiers;
using Huzhou.Credit.SharedKernel.Results;
using Huzhou.Credit.SharedKernel.Time;

namespace Huzhou.Credit.Sanctions.Features;

/// <summary>
/// 联合奖惩核查: resolves the subject, reads its facts (lists in force, bad records, verification), evaluates the
/// active rule set held in memory, and logs every check durably — including those with no hit and unknown codes —
/// before answering. A person's ID number is never stored in full. A check that cannot be made is refused with its
/// kind (<see cref="ErrorKind.Invalid"/> bad input, <see cref="ErrorKind.Unprocessable"/> unknown or retired matter)
/// and a Chinese message, answered as <see cref="CheckRefusals"/> says.
/// </summary>
internal sealed class CheckService(
    RuleCache cache,
    CreditStatusStore status,
    CheckLog log,
    TimeProvider clock)
{
    public async Task<(CheckOutcome? Outcome, ErrorKind? Refusal, string? Error)> CheckAsync(CheckRequest request, string caller, CancellationToken cancellationToken)
    {
        var result = await DecideAsync(request, caller, cancellationToken);
        if (result.Outcome is { } outcome)
        {
            // Durable before the answer (group commit with the checks arriving at the same moment).
            await log.AppendAsync(outcome.Record, cancellationToken);
        }

        return result;
    }

    /// <summary>
    /// A batch: decided one after another, then logged together (one group commit for the whole batch), answered in
    /// order once every row has committed.
    /// </summary>
    public async Task<IReadOnlyList<(CheckOutcome? Outcome, ErrorKind? Refusal, string? Error)>> CheckManyAsync(IReadOnlyList<CheckRequest> requests, string caller, CancellationToken cancellationToken)
    {
        var results = new List<(CheckOutcome? Outcome, ErrorKind? Refusal, string? Error)>(requests.Count);
        foreach (var request in requests)
        {
            results.Add(await DecideAsync(request, caller, cancellationToken));
        }

        await Task.WhenAll(results.Where(r => r.Outcome is not null).Select(r => log.AppendAsync(r.Outcome!.Record, cancellationToken)));
        return results;
    }

    /// <summary>Longest reference (办件号) the log keeps.</summary>
    public const int MaxReference = 100;

    /// <summary>
    /// The first field whose text may not be used (control, bidi-override or unpaired surrogate characters, or too
    /// long) and why, in Chinese; null when all may. Checked before anything else, so such text never joins the
    /// grouped lookups or the shared log batch (issue #23).
    /// </summary>
    public static (string Field, string Error)? TextRefusal(CheckRequest request)
    {
        if (CallerText.Refusal("code", request.Code, 64) is { } code)
        {
            return ("code", code);
        }

        if (CallerText.Refusal("name", request.Name, 200) is { } name)
        {
            return ("name", name);
        }

        if (CallerText.Refusal("matter", request.Matter, 64) is { } matter)
        {
            return ("matter", matter);
        }

        if (CallerText.Refusal("stage", request.Stage, 32) is { } stage)
        {
            return ("stage", stage);
        }

        return CallerText.Refusal("reference", request.Reference, MaxReference) is { } reference ? ("reference", reference) : null;
    }

    private async Task<(CheckOutcome? Outcome, ErrorKind? Refusal, string? Error)> DecideAsync(CheckRequest request, string caller, CancellationToken cancellationToken)
    {
        if (TextRefusal(request) is { } refused)
        {
            return (null, ErrorKind.Invalid, refused.Error);
        }

        // An ID number first: the credit-code parser also accepts codes whose check character is only doubtful,
        // and an 18-digit ID number can read as one. Parsed once: the lookup keys come from the same reading.
        var code = SubjectCode.Parse(request.Code);
        if (!code.IsValid)
        {
            return (null, ErrorKind.Invalid, code.Text.Length == 0 ? "请提供主体的统一社会信用代码或身份证号码（code）。" : "code 不是有效的统一社会信用代码或身份证号码。");
        }

        if (ParseStage(request.Stage) is not { } stage)
        {
            return (null, ErrorKind.Invalid, "stage 应为 受理、办理 或 办结（acceptance / handling / closing）。");
        }

        var rules = await cache.GetAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(request.Matter) || !rules.Matters.TryGetValue(request.Matter.Trim(), out var matter))
        {
            return (null, ErrorKind.Unprocessable, $"办事事项“{request.Matter}”不在事项清单中。");
        }

        if (matter.Retired)
        {
            return (null, ErrorKind.Unprocessable, $"办事事项“{matter.Code} {matter.Name}”已停用，请使用事项清单中替代它的事项。");
        }

        var now = clock.GetUtcNow();
        // One indexed lookup: the subject's credit status, kept up to date by the records' and lists' events.
        var found = await status.FindByCodeAsync(code, cancellationToken);
        var subject = found?.Subject;
        IReadOnlyList<CheckHit> hits = [];
        var decision = CheckDecision.NotFound;
        if (found is not null)
        {
            (decision, hits) = RuleEngine.Evaluate(rules, matter, stage, found.FactsOn(ShanghaiTime.Today(clock)));
        }

        var record = new CheckRecord
        {
            CheckedAt = now,
            Caller = caller,
            SubjectCode = code.Kind == SubjectCodeKind.IdNumber ? Masking.IdNumber(code.Text) : code.Text,
            SubjectId = subject?.SubjectId,
            NameMismatch = subject is not null && !string.IsNullOrWhiteSpace(request.Name) && !string.Equals(request.Name.Trim(), subject.Name, StringComparison.Ordinal),
            MatterCode = matter.Code,
            Stage = stage,
            Reference = string.IsNullOrWhiteSpace(request.Reference) ? null : request.Reference.Trim(),
            Decision = decision,
            RuleSetVersion = rules.Version,
            PackedHits = hits.Count == 0 ? CheckHitsPacking.NoHits : CheckJson.PackedLoggedHits(LoggedHits(hits)),
        };
        return (new CheckOutcome(record, subject, matter, hits, found?.RefreshedAt ?? now), null, null);
    }

    private static LoggedHit[] LoggedHits(IReadOnlyList<CheckHit> hits)
    {
        var logged = new LoggedHit[hits.Count];
        for (var i = 0; i < logged.Length; i++)
        {
            logged[i] = new LoggedHit(hits[i].RuleName, hits[i].Measure.Code, hits[i].Measure.Action.ToString(), hits[i].Facts);
        }

        return logged;
    }

    public static CheckStages? ParseStage(string? stage) => (stage ?? "").Trim().ToLowerInvariant() switch
    {
        "受理" or "acceptance" => CheckStages.Acceptance,
        "办理" or "handling" => CheckStages.Handling,
        "办结" or "closing" => CheckStages.Closing,
        _ => null,
    };
}
