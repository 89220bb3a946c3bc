using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;

namespace Clerk.Generators.Tests.Endpoints.Models;

/// <summary>
/// [AsParameters] through a record's primary constructor: a route value, an inferred and a declared query value
/// with defaults, a header.
/// </summary>
public sealed record SearchFilter(
    string Category,
    int Page = 1,
    [FromQuery(Name = "sort")] string? Order = null,
    [FromHeader(Name = "X-Trace")] string? Trace = null);

/// <summary>[AsParameters] through a parameterless constructor and settable properties, one of them a service.</summary>
public sealed class ListOptions
{
    [Range(1, 100)]
    public int Size { get; set; } = 20;

    [FromQuery(Name = "q")]
    public string? Query { get; init; }

    [FromServices]
    public IClock Clock { get; set; } = null!;
}

/// <summary>[AsParameters] of a struct: a record struct's constructor, with a JSON body beside a route value.</summary>
public readonly record struct NewEntry(string Category, Item Entry, [FromHeader(Name = "X-Count")] int Count = 1);
