using Huzhou.Credit.Contracts.Subjects;
using Microsoft.AspNetCore.Mvc;

namespace Huzhou.Credit.Modules.BrokenFixture;

/// <summary>A public controller: allowed, so the tests can show the checker does not over-report.</summary>
public sealed class FixtureController : ControllerBase
{
    public IActionResult Index() => Ok();
}

/// <summary>A public implementation of a Contracts interface: allowed.</summary>
public sealed class FixtureSubjectStatistics : ISubjectStatistics
{
    public Task<SubjectCountSnapshot?> GetLatestSnapshotAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<SubjectCountSnapshot?>(null);
}

/// <summary>Internal, as module types should be: never reported.</summary>
internal sealed class FixtureInternalDetail
{
    public int Value { get; init; }
}
