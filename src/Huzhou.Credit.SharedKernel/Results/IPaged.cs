namespace Huzhou.Credit.SharedKernel.Results;

/// <summary>Where a paged list stands (page <see cref="Page"/> of <see cref="PageCount"/>), whatever its items: what the pager needs.</summary>
public interface IPaged
{
    int Page { get; }

    int PageCount { get; }
}
