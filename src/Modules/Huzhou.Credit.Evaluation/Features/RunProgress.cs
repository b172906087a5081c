using System.Globalization;
using Huzhou.Credit.Evaluation.Domain;

namespace Huzhou.Credit.Evaluation.Features;

/// <summary>
/// A scoring run's progress as its row on <c>/evaluation</c> and the status endpoint show it: the state, one Chinese
/// sentence on what the run is doing, and the bar (results written against the results the run will write; before
/// the members are known, the committed buckets). No subject appears in it.
/// </summary>
/// <param name="Run">The run as stored.</param>
/// <param name="State">queued, running, interrupted, finished or failed.</param>
/// <param name="StateName">The short Chinese state: 排队中, 正在计算, 处理中断，等待自动恢复, 已完成, 失败（原因）.</param>
/// <param name="Text">What the run is doing, with its counts.</param>
/// <param name="Done">Finished or failed: polling stops.</param>
/// <param name="Value">The bar's value.</param>
/// <param name="Max">The bar's maximum.</param>
/// <param name="Interrupted">Running, but no live session holds the scoring lock: its worker died and the job server will resume it.</param>
internal sealed record RunProgress(EvaluationRun Run, string State, string StateName, string Text, bool Done, long Value, long Max, bool Interrupted)
{
    public static RunProgress Of(EvaluationRun run, bool lockHeld)
    {
        var c = CultureInfo.InvariantCulture;
        var interrupted = run.Status == RunStatus.Running && !lockHeld;
        var buckets = Math.Max(1, run.BucketTotal - 1);
        var fields = run.FieldCodes.Length == 0 ? "全部行业领域" : string.Format(c, "{0} 个行业领域", run.FieldCodes.Length);
        var text = run.Status switch
        {
            RunStatus.Queued => "排队中：等待后台任务开始计算。",
            RunStatus.Finished => string.Format(c, "已完成：评出 {0:N0} 个结果，{1:N0} 个等级变化。", run.SubjectsScored, run.GradesChanged),
            RunStatus.Failed => $"失败（{run.Error ?? "原因不明"}）：已提交的分区保留，重新发起后从中断处继续。",
            _ when interrupted => string.Format(c, "处理中断（已评出 {0:N0} 个结果），等待后台任务自动从最后提交的分区继续。", run.SubjectsScored),
            _ when run.Kind == RunKind.Incremental => string.Format(c, "正在增量评价有变动的主体：已评出 {0:N0} 个结果。", run.SubjectsScored),
            _ when run.ResultsTotal == 0 && run.BucketsDone == 0 => $"正在读取{fields}的成员…",
            _ when run.BucketsDone < buckets => string.Format(c, "正在计算第 {0}/{1} 个记录分区（{2}）：已评出 {3:N0} / {4:N0} 个结果。",
                run.BucketsDone + 1, buckets, fields, run.SubjectsScored, run.ResultsTotal),
            _ => string.Format(c, "正在评价没有信用记录的主体并撤回退出领域的等级：已评出 {0:N0} / {1:N0} 个结果。", run.SubjectsScored, run.ResultsTotal),
        };
        var stateName = run.Status switch
        {
            RunStatus.Queued => "排队中",
            RunStatus.Running when interrupted => "处理中断，等待自动恢复",
            RunStatus.Running => "正在计算",
            RunStatus.Finished => "已完成",
            RunStatus.Failed => $"失败（{Shorten(run.Error ?? "原因不明")}）",
            _ => run.Status.ToString(),
        };
        var (value, max) = run.Status == RunStatus.Finished ? (1L, 1L)
            : run.ResultsTotal > 0 ? (Math.Min(run.SubjectsScored, run.ResultsTotal), run.ResultsTotal)
            : (run.BucketsDone, Math.Max(1, run.BucketTotal));
        var state = interrupted ? "interrupted" : run.Status.ToString().ToLowerInvariant();
        return new RunProgress(run, state, stateName, text, run.Status is RunStatus.Finished or RunStatus.Failed, value, max, interrupted);
    }

    private static string Shorten(string text) => text.Length > 60 ? text[..60] + "…" : text;
}
