import { patternsFor } from '@/diagnose/define';

// The Application Load Balancer's request log puts the reason in jsonPayload.statusDetails
// (cloud.google.com/load-balancing/docs/https/https-logging-monitoring). It answers 502 for most.
export const googleCloudLbPatterns = patternsFor('google-cloud-lb', [
  { cause: 'upstream-down', statusFromLine: true, confidence: 0.9, match: 'failed_to_connect_to_backend', explanation: 'The load balancer could not connect to the backend: nothing listens on the serving port, or a firewall rule does not allow 130.211.0.0/22 and 35.191.0.0/16.' },
  { cause: 'keepalive-race', statusFromLine: true, confidence: 0.75, match: 'backend_connection_closed_before_data_sent_to_client', explanation: "The backend closed the connection before answering; usually its keep-alive timeout is shorter than the load balancer's 600 seconds, or it crashed." },
  { cause: 'upstream-crash-or-reset', statusFromLine: true, confidence: 0.75, match: 'backend_connection_closed_after_partial_response_sent', explanation: 'The backend closed the connection in the middle of its response.' },
  { cause: 'upstream-timeout', statusFromLine: true, confidence: 0.9, match: 'backend_timeout', explanation: "The backend did not answer within the backend service's timeout (30 seconds unless changed); the load balancer answers 502 for it." },
  { cause: 'no-healthy-backend', statusFromLine: true, confidence: 0.9, match: 'failed_to_pick_backend', explanation: 'No healthy backend was left: every instance or endpoint fails its health check.' },
  { cause: 'header-too-large', statusFromLine: true, confidence: 0.85, match: 'backend_response_headers_too_long', explanation: "The backend's response headers are longer than the load balancer accepts." },
  { cause: 'invalid-response-header', statusFromLine: true, confidence: 0.8, match: 'backend_response_corrupted', explanation: "The backend's response body is corrupted, such as a broken chunked encoding." },
  { cause: 'invalid-response-header', statusFromLine: true, confidence: 0.75, match: 'backend_early_response_with_non_error_status', explanation: 'The backend answered with a success status before it had read the whole request body.' },
  { cause: 'upstream-sent-the-error', statusFromLine: true, confidence: 0.6, stepId: 'what-do-the-logs-say', match: 'response_sent_by_backend', explanation: 'The backend sent this status itself and the load balancer passed it on: look behind the load balancer.' },
  { cause: 'other', confidence: 0.6, match: /Error (?<status>5[0-9]{2}) \(Server Error\)!!1/, explanation: "Google's front end made this error page: the load balancer's request log (statusDetails) says why." },
  { cause: 'other', status: 'page', weak: true, confidence: 0.6, match: 'The server encountered a temporary error and could not complete your request', explanation: "Google's front end made this error page: the load balancer's request log (statusDetails) says why." },
  { cause: 'other', status: 'page', weak: true, confidence: 0.4, match: /(?<=^(?:< )?)via: 1\.1 google/i, explanation: "The response passed through Google's front end: the load balancer's request log says why it failed." },
]);

export const googleCloudRunPatterns = patternsFor('cloud-run', [
  { cause: 'upstream-crash-or-reset', status: 503, statusNote: 'Cloud Run answers 503 for this.', confidence: 0.85, match: 'The request failed because either the HTTP response was malformed or connection to the instance had an error', explanation: 'The instance crashed, ran out of memory, or sent a malformed response; the lines around it in the log say which.' },
  { cause: 'resource-exhaustion', status: 503, statusNote: 'Cloud Run answers 503 for requests on an instance that runs out of memory.', confidence: 0.9, match: /Memory limit of [^ ]{1,20}(?: [A-Za-z]{1,4})? exceeded/, explanation: 'The container used more memory than its limit and was stopped: raise the memory limit or lower the concurrency.' },
  { cause: 'resource-exhaustion', status: 503, statusNote: 'Cloud Run answers 500 or 503 for requests on an instance that runs out of memory.', confidence: 0.9, match: 'the container instance was found to be using too much memory and was terminated', explanation: 'The container used more memory than its limit and was stopped: raise the memory limit or lower the concurrency.' },
  { cause: 'upstream-timeout', status: 504, confidence: 0.9, match: 'The request has been terminated because it has reached the maximum request timeout', explanation: "The request ran past the service's request timeout (300 seconds unless changed)." },
  { cause: 'resource-exhaustion', status: 500, statusNote: 'Cloud Run answers 429 or 500 for this.', confidence: 0.85, match: 'The request was aborted because there was no available instance', explanation: 'No instance could take the request: max instances was reached, or new ones did not start fast enough.' },
  { cause: 'app-will-not-start', status: 503, statusNote: 'The revision does not serve; requests get 503 or stay on the old revision.', confidence: 0.85, match: /failed to start and (?:then )?listen on the port defined/i, explanation: 'The container did not listen on $PORT (8080 by default) on 0.0.0.0 in time.' },
  { cause: 'upstream-down', status: 503, statusNote: 'The revision does not serve; requests get 503 or stay on the old revision.', confidence: 0.8, match: 'STARTUP TCP probe failed', explanation: "Cloud Run's startup probe could not connect to the container's port." },
]);
