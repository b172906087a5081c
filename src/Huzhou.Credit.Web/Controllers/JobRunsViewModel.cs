using Huzhou.Credit.Contracts.Collection;
using Huzhou.Credit.SharedKernel.Jobs;

namespace Huzhou.Credit.Web.Controllers;

public sealed record JobRunsViewModel(IReadOnlyList<JobRunInfo> Runs, IReadOnlyList<BatchNeedingAttention> Batches);
