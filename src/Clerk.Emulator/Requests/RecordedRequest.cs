namespace Clerk.Emulator.Requests;

/// <summary>
/// One Backend API request as <c>GET /__emulator/requests</c> lists it: the method, the endpoint it reached as its route
/// was registered (<c>GET /v1/users/{user_id}</c>; the path itself when no route matched), the status it was answered
/// with (0 when the connection was dropped instead), and when it arrived on the emulator's clock, in Unix milliseconds.
/// </summary>
internal sealed record RecordedRequest(string Method, string Endpoint, int Status, long At);
