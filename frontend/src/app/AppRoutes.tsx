import { Navigate, Route, Routes } from 'react-router';
import { CustomProvidersPage } from '../features/custom-providers/CustomProvidersPage';
import { PlaygroundPage } from '../features/playground/PlaygroundPage';
import { PromptPage } from '../features/prompts/PromptPage';
import { PromptsPage } from '../features/prompts/PromptsPage';
import { ProvidersPage } from '../features/providers/ProvidersPage';
import { AppLayout } from './AppLayout';
import { NotFoundPage } from './NotFoundPage';

/** Every client route. The backend answers deep links with index.html, so these all load directly. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<PlaygroundPage />} />
        <Route path="playground" element={<PlaygroundPage />} />
        <Route path="prompts" element={<PromptsPage />} />
        <Route path="prompts/:name" element={<PromptPage />} />
        <Route path="settings">
          <Route index element={<Navigate to="providers" replace />} />
          <Route path="providers" element={<ProvidersPage />} />
          <Route path="custom-providers" element={<CustomProvidersPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
