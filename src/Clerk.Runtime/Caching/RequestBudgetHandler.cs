namespace Clerk.Caching;

/// <summary>
/// Holds back an attempt when the fleet has spent <c>Clerk:BackendApiRequestBudget</c> for the current 10 s window:
/// it is answered at once with Clerk's 429 and the time to the next window as <c>Retry-After</c>, which the retry
/// policy waits out (and <see cref="FleetBackoffHandler"/>, outside this handler, shares with the fleet as a pause).
/// </summary>
internal sealed class RequestBudgetHandler(RequestBudget budget) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        await budget.TakeAsync().ConfigureAwait(false) is { } wait
            ? HeldBack.Response(request, wait,
                "This app's Backend API budget (Clerk:BackendApiRequestBudget) for the current 10 s window is spent; the call waits for the next window.")
            : await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
}
