namespace Huzhou.Credit.SharedKernel.Results;

/// <summary>One page of a longer list, newest or best first as the query decides.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, long TotalCount) : IPaged
{
    public int PageCount => TotalCount == 0 ? 1 : (int)((TotalCount + PageSize - 1) / PageSize);

    public bool HasPrevious => Page > 1;

    public bool HasNext => Page < PageCount;
}
