namespace Huzhou.Credit.SharedKernel.Results;

/// <summary>
/// The outcome of a business operation that can fail for reasons a clerk understands.
/// Exceptions stay for bugs and outages; expected refusals travel as a <see cref="Result"/>
/// whose <see cref="Error"/> is a message fit to show on screen (Simplified Chinese).
/// </summary>
public class Result
{
    protected Result(bool succeeded, string? error, string? field)
    {
        Succeeded = succeeded;
        Error = error;
        Field = field;
    }

    public bool Succeeded { get; }

    public string? Error { get; }

    /// <summary>The input field the error belongs to, when there is one (for form validation).</summary>
    public string? Field { get; }

    public static Result Success() => new(true, null, null);

    public static Result Failure(string error, string? field = null) => new(false, error, field);

    public static Result<T> Success<T>(T value) => Result<T>.Success(value);
}

/// <summary>A <see cref="Result"/> carrying a value when it succeeded.</summary>
public sealed class Result<T> : Result
{
    private readonly T? _value;

    private Result(bool succeeded, T? value, string? error, string? field)
        : base(succeeded, error, field) => _value = value;

    public T Value => Succeeded
        ? _value!
        : throw new InvalidOperationException("A failed result has no value: " + Error);

    public static Result<T> Success(T value) => new(true, value, null, null);

    public static new Result<T> Failure(string error, string? field = null) => new(false, default, error, field);
}
